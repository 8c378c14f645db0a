package io.automl.engine.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * A schedule as listed: its definition, the next time it fires (null when it will not fire again), the study
 * of its latest run (null before the first) and that run's best value (null when it has no complete trial).
 * Immutable.
 */
public record ScheduleSummary(ScheduleSpec spec, Instant nextFire, String lastStudy, Double champion) {
    public ScheduleSummary {
        Objects.requireNonNull(spec, "spec");
    }
}
