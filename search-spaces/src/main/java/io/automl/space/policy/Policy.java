package io.automl.space.policy;

import io.automl.space.DatasetSpec;
import io.automl.space.SearchSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a process applies to every search space before it reads a file of it or runs it: whether the
 * command evaluator may run ({@code commandsAllowed}) and, when {@code pathsRestricted}, the folders
 * ({@code dataRoots}) data set files must lie in. A path is checked before any file is opened, by its real
 * location (symbolic links followed as far as the path exists), and the answer for a path outside the roots is
 * the same whether or not it exists. The operator's own command line ({@link #operator()}) runs commands and
 * reads any path; a server ({@link #server}) reads only below its roots and runs commands only when started with
 * {@code --allow-commands}. Immutable and thread-safe.
 */
public record Policy(boolean commandsAllowed, boolean pathsRestricted, List<Path> dataRoots) {
    /** Why a space with the command evaluator is refused. */
    public static final String COMMANDS_REFUSED =
            "command evaluators are not allowed on this server; start it with --allow-commands";

    public Policy {
        dataRoots = dataRoots.stream().map(r -> real(r).orElse(r.toAbsolutePath().normalize())).toList();
        if (pathsRestricted && dataRoots.isEmpty()) {
            throw new IllegalArgumentException("dataRoots must not be empty when paths are restricted");
        }
        if (!pathsRestricted && !dataRoots.isEmpty()) {
            throw new IllegalArgumentException("dataRoots must be empty when paths are not restricted: " + dataRoots);
        }
    }

    /** The operator's own command line: commands run, any path is read. */
    public static Policy operator() {
        return new Policy(true, false, List.of());
    }

    /** A server: data only below {@code dataRoots}; commands only when {@code commandsAllowed}. */
    public static Policy server(boolean commandsAllowed, List<Path> dataRoots) {
        return new Policy(commandsAllowed, true, List.copyOf(dataRoots));
    }

    /** Whether {@code path} (absolute, or relative to the working directory) may be read. */
    public boolean permits(Path path) {
        Objects.requireNonNull(path, "path");
        if (!pathsRestricted) {
            return true;
        }
        Optional<Path> p = real(path);
        return p.isPresent() && dataRoots.stream().anyMatch(p.get()::startsWith);
    }

    /** Whether the path text {@code path}, relative ones resolved against {@code baseDir}, may be read. */
    public boolean permits(String path, Path baseDir) {
        try {
            Path p = Path.of(path);
            return permits(p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p));
        } catch (InvalidPathException e) {
            return !pathsRestricted;
        }
    }

    /** The message for a data set path outside the roots (the same whether or not the path exists). */
    public String outsideRoots() {
        return "the data set must lie inside one of the server's data folders " + dataRoots;
    }

    /**
     * Why {@code space}, with relative paths resolved against {@code baseDir}, may not run here; empty when it
     * may. Opens no file.
     */
    public Optional<String> refusal(SearchSpace space, Path baseDir) {
        Objects.requireNonNull(space, "space");
        List<String> why = new ArrayList<>();
        if (space.evaluator().type().equals("command") && !commandsAllowed) {
            why.add(COMMANDS_REFUSED);
        }
        DatasetSpec data = space.dataset();
        if (data != null) {
            for (String file : data.paths()) {
                if (file != null && !permits(file, baseDir)) {
                    why.add(outsideRoots() + ": " + file);
                }
            }
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why));
    }

    /**
     * The real location of {@code path}: symbolic links resolved for the longest part that exists, the rest
     * appended as written (normalized), so that a link cannot lead out of a root and a missing file is judged
     * like an existing one; empty for a dangling link or a folder that cannot be read (never permitted).
     */
    static Optional<Path> real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(abs);
        }
        try {
            return Optional.of(existing.toRealPath().resolve(existing.relativize(abs)).normalize());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
