package io.automl.eval.command;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A program started in a session of its own (through util-linux {@code setsid}), so that everything it
 * starts, even a child that outlives it and is re-parented, can be found and killed: {@link #kill}
 * sends SIGKILL to every live process of the session (found in {@code /proc}) until none is left. A
 * process that starts a session of its own escapes. Where {@code setsid} or {@code /proc} is missing the
 * program runs as is and {@link #kill} reaches it and its current descendants only. Thread-safe.
 */
final class ProcessSession {
    private static final Path PROC = Path.of("/proc");
    private final Process process;
    private final boolean ownSession;

    private ProcessSession(Process process, boolean ownSession) {
        this.process = process;
        this.ownSession = ownSession;
    }

    /** The {@code setsid} program on {@code path} (a PATH value), when this system can run sessions. */
    static Optional<Path> findSetsid(String path) {
        if (path == null || !Files.isReadable(PROC.resolve("self/stat"))) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "setsid");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts {@code command} in {@code dir} with {@code environment} added, in its own session if it can. */
    static ProcessSession start(List<String> command, Path dir, Map<String, String> environment,
            Optional<Path> setsid) throws IOException {
        List<String> line = new ArrayList<>();
        setsid.ifPresent(p -> line.add(p.toString()));
        line.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(line).directory(dir.toFile());
        pb.environment().putAll(environment);
        return new ProcessSession(pb.start(), setsid.isPresent());
    }

    /** The program's process (the session leader). */
    Process process() {
        return process;
    }

    /**
     * Kills every process of the session with SIGKILL and waits up to {@code wait} for all to be gone;
     * returns whether they are. An interrupt during the wait does not cut it short; it is restored.
     */
    boolean kill(Duration wait) {
        Objects.requireNonNull(wait, "wait");
        long until = System.nanoTime() + wait.toNanos();
        boolean interrupted = false;
        try {
            while (true) {
                List<ProcessHandle> live = live();
                if (live.isEmpty()) {
                    return true;
                }
                live.forEach(ProcessHandle::destroyForcibly);
                if (System.nanoTime() - until > 0) {
                    return false;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The live processes to kill: the leader until it is reaped, and the session's other processes. */
    private List<ProcessHandle> live() {
        List<ProcessHandle> live = new ArrayList<>();
        if (process.isAlive()) {
            live.add(process.toHandle()); // also before it has made its session
        }
        if (ownSession) {
            for (long pid : sessionMembers(process.pid())) {
                if (pid != process.pid()) {
                    ProcessHandle.of(pid).ifPresent(live::add);
                }
            }
        } else {
            process.descendants().forEach(live::add);
        }
        return live;
    }

    /** The pids of the processes of session {@code sid} that are not yet dead (zombies are dead). */
    private static List<Long> sessionMembers(long sid) {
        List<Long> members = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!Character.isDigit(name.charAt(0))) {
                    continue; // not a process
                }
                String stat;
                try {
                    stat = new String(Files.readAllBytes(entry.resolve("stat")), StandardCharsets.ISO_8859_1);
                } catch (IOException gone) {
                    continue; // exited since the listing
                }
                // pid (comm) state ppid pgrp session ...; comm may hold spaces and parentheses
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 5);
                char state = fields[0].charAt(0);
                if (Long.parseLong(fields[3]) == sid && state != 'Z' && state != 'X') {
                    members.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + PROC + " to find session " + sid, e);
        }
        return members;
    }
}
