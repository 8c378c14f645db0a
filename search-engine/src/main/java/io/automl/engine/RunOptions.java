package io.automl.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How one process runs a study: {@code parallelism} worker threads sharing {@code totalThreads} CPU
 * threads (each trial gets {@code max(1, totalThreads / parallelism)}); workers are named
 * {@code workerPrefix-0}, {@code workerPrefix-1}, ... (the prefix must be unique per process, as
 * ownership of trials is by worker name); each trial's {@code lease} is renewed every third of it;
 * a trial interrupted by a crash is retried until it has run {@code maxAttempts} times;
 * {@code exclusive} declares that no other process works on the study, so every trial left RUNNING
 * is re-queued at start (otherwise only those whose lease expired). Immutable.
 */
public record RunOptions(int parallelism, int totalThreads, String workerPrefix, Duration lease, int maxAttempts,
        boolean exclusive) {
    /** The default lease of a trial. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
    /** The default number of runs a trial gets. */
    public static final int DEFAULT_MAX_ATTEMPTS = 2;

    public RunOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1: " + parallelism);
        }
        if (totalThreads < 1) {
            throw new IllegalArgumentException("totalThreads must be >= 1: " + totalThreads);
        }
        Objects.requireNonNull(workerPrefix, "workerPrefix");
        if (workerPrefix.isBlank()) {
            throw new IllegalArgumentException("workerPrefix must not be blank");
        }
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive: " + lease);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
        }
    }

    /**
     * Options for a process that owns the study alone (the embedded command line): all processors,
     * workers named after this process id, the default lease and attempts, exclusive.
     */
    public static RunOptions local(int parallelism) {
        return new RunOptions(parallelism, Runtime.getRuntime().availableProcessors(),
                "pid" + ProcessHandle.current().pid(), DEFAULT_LEASE, DEFAULT_MAX_ATTEMPTS, true);
    }

    /** A copy with another {@code exclusive} flag. */
    public RunOptions withExclusive(boolean value) {
        return new RunOptions(parallelism, totalThreads, workerPrefix, lease, maxAttempts, value);
    }

    /** The CPU threads each trial may use. */
    public int threadsPerTrial() {
        return Math.max(1, totalThreads / parallelism);
    }
}
