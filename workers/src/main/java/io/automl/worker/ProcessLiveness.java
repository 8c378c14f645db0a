package io.automl.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one process, identified by its pid and its start time, still runs. Unlike
 * {@link ProcessHandle#isAlive()} it counts as dead a process that was killed but not yet reaped by its own
 * parent (a zombie: state {@code Z} or {@code X} in {@code /proc/PID/stat}) and a process that has the pid
 * now but started at another time (the pid was reused). Where {@code /proc} is missing the zombie check is
 * skipped. Immutable and thread-safe.
 */
public final class ProcessLiveness {
    private final long pid;
    private final Optional<Instant> started;
    private final Path proc;

    /**
     * Watches {@code pid} as it runs now: its start time is read here, so that a later process with the same
     * pid is not taken for it.
     */
    public static ProcessLiveness of(long pid) {
        return new ProcessLiveness(pid, ProcessHandle.of(pid).flatMap(h -> h.info().startInstant()), Path.of("/proc"));
    }

    /**
     * Watches {@code pid}, the process that started at {@code started} (empty: any start time), reading process
     * states under {@code proc}.
     */
    public ProcessLiveness(long pid, Optional<Instant> started, Path proc) {
        if (pid < 1) {
            throw new IllegalArgumentException("pid must be >= 1: " + pid);
        }
        this.pid = pid;
        this.started = Objects.requireNonNull(started, "started");
        this.proc = Objects.requireNonNull(proc, "proc");
    }

    /** The watched pid. */
    public long pid() {
        return pid;
    }

    /** True while the process runs: it exists, is not a zombie, and is the one that started at the start time. */
    public boolean alive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        if (started.isPresent()) {
            Optional<Instant> now = handle.get().info().startInstant();
            if (now.isPresent() && !now.get().equals(started.get())) {
                return false;
            }
        }
        return !zombie();
    }

    /** True when {@code /proc/PID/stat} says the process has exited (Z, X) or is gone; false without /proc. */
    boolean zombie() {
        if (!Files.isDirectory(proc)) {
            return false;
        }
        String stat;
        try {
            stat = Files.readString(proc.resolve(Long.toString(pid)).resolve("stat"));
        } catch (NoSuchFileException gone) {
            return true;
        } catch (IOException e) {
            if (!Files.isDirectory(proc.resolve(Long.toString(pid)))) {
                return true; // it vanished while being read
            }
            throw new UncheckedIOException("cannot read the state of process " + pid, e);
        }
        // "pid (command) S ...": the command may hold spaces and parentheses, the state follows the last ')'
        int close = stat.lastIndexOf(')');
        if (close < 0 || close + 2 >= stat.length()) {
            throw new IllegalStateException("unexpected /proc stat of process " + pid + ": '" + stat + "'");
        }
        char state = stat.charAt(close + 2);
        return state == 'Z' || state == 'X' || state == 'x';
    }
}
