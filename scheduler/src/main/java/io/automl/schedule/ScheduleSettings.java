package io.automl.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How the scheduler runs: its name in the database ({@code schedulerName}, the same on every node of a
 * cluster), whether it runs clustered (on a shared PostgreSQL, so each fire runs on one node), its worker
 * threads, how late a fire may be before it counts as missed ({@code misfireThreshold}; a missed fire runs
 * once at start-up), the lease-expiry interval, the artifact-cleanup interval and how many trials per study
 * keep their models. Immutable.
 */
public record ScheduleSettings(String schedulerName, boolean clustered, int threads, Duration misfireThreshold,
        Duration leaseExpiryInterval, Duration cleanupInterval, int keepModels) {
    public ScheduleSettings {
        Objects.requireNonNull(schedulerName, "schedulerName");
        if (schedulerName.isBlank()) {
            throw new IllegalArgumentException("schedulerName must not be blank");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        requirePositive(misfireThreshold, "misfireThreshold");
        requirePositive(leaseExpiryInterval, "leaseExpiryInterval");
        requirePositive(cleanupInterval, "cleanupInterval");
        if (keepModels < 1) {
            throw new IllegalArgumentException("keepModels must be >= 1: " + keepModels);
        }
    }

    /** One node on H2: two threads, a one-minute misfire threshold, lease expiry every 30 s, hourly cleanup keeping 10 models. */
    public static ScheduleSettings defaults() {
        return new ScheduleSettings("automl", false, 2, Duration.ofMinutes(1), Duration.ofSeconds(30),
                Duration.ofHours(1), 10);
    }

    /** A copy with another clustered flag. */
    public ScheduleSettings withClustered(boolean value) {
        return new ScheduleSettings(schedulerName, value, threads, misfireThreshold, leaseExpiryInterval,
                cleanupInterval, keepModels);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
