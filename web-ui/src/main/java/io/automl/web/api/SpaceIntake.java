package io.automl.web.api;

import io.automl.space.SearchSpace;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceError;
import io.automl.space.parse.SpaceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses search spaces submitted over HTTP: relative data set paths resolve against the examples
 * directory, the data set must lie inside one of the allowed directories (after resolving symbolic
 * links), and the command evaluator is refused unless the server allows it. Every problem is reported
 * by an {@link InvalidSpaceException} with its JSON pointer. Immutable and thread-safe.
 */
public final class SpaceIntake {
    private final SpaceParser parser;
    private final Path baseDir;
    private final List<Path> allowedDirs;

    public SpaceIntake(boolean allowCommands, Path baseDir, List<Path> allowedDirs) {
        this.parser = new SpaceParser(new SpaceParser.Options(allowCommands, true),
                io.automl.engine.Plugins.standard());
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
        this.allowedDirs = allowedDirs.stream().map(SpaceIntake::real).toList();
    }

    /** The directory relative data set paths resolve against. */
    public Path baseDir() {
        return baseDir;
    }

    /** Parses and checks {@code text}; throws {@link InvalidSpaceException} listing every problem. */
    public SearchSpace parse(String text) {
        SearchSpace space;
        try {
            space = parser.parse(text, baseDir);
        } catch (InvalidSpaceException e) {
            List<SpaceError> all = new ArrayList<>(e.errors());
            boolean datasetReported = all.stream().anyMatch(x -> x.pointer().startsWith("/dataset/path"));
            if (!datasetReported) {
                datasetPathError(text).ifPresent(all::add);
            }
            throw all.size() == e.errors().size() ? e : new InvalidSpaceException(all);
        }
        if (space.evaluator().isLibrary()) {
            throw new InvalidSpaceException(List.of(new SpaceError("/evaluator/type", "a library evaluator runs its"
                    + " objective in the Java program that creates the study (Study.optimize); a server cannot run it",
                    "library")));
        }
        if (space.dataset() == null) {
            return space; // a command evaluator reads no data set through the server
        }
        String path = space.dataset().path();
        if (!allowed(baseDir.resolve(path))) {
            throw new InvalidSpaceException(List.of(outside(path)));
        }
        return space;
    }

    /** Whether {@code path} lies inside an allowed directory. */
    boolean allowed(Path path) {
        Path p = real(path);
        return allowedDirs.stream().anyMatch(p::startsWith);
    }

    private java.util.Optional<SpaceError> datasetPathError(String text) {
        // the rest of the document is invalid: still name a data set path outside the allowed directories
        try {
            var tree = new com.fasterxml.jackson.databind.ObjectMapper(SpaceParserLike.factory(text))
                    .readTree(text);
            var node = tree == null ? null : tree.at("/dataset/path");
            if (node != null && node.isTextual() && !allowed(baseDir.resolve(node.asText()))) {
                return java.util.Optional.of(outside(node.asText()));
            }
        } catch (IOException | RuntimeException unreadable) {
            // the parser already reported why the document cannot be read
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private SpaceError outside(String path) {
        return new SpaceError("/dataset/path", "the data set must lie inside one of the server's allowed"
                + " directories " + allowedDirs, "\"" + path.replace("\"", "\\\"") + "\"");
    }

    private static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        try {
            return Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    /** Picks the JSON or YAML factory the way the parser does. */
    private static final class SpaceParserLike {
        private SpaceParserLike() {
        }

        static com.fasterxml.jackson.core.JsonFactory factory(String text) {
            return text.stripLeading().startsWith("{") ? new com.fasterxml.jackson.core.JsonFactory()
                    : new com.fasterxml.jackson.dataformat.yaml.YAMLFactory();
        }
    }
}
