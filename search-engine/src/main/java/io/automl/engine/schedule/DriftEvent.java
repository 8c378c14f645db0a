package io.automl.engine.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * The previous champion scored worse on the current data by more than the schedule's margin: its value in
 * the previous run ({@code oldValue}) and its re-score in {@code study} ({@code newValue}). Immutable.
 */
public record DriftEvent(String schedule, String study, double oldValue, double newValue, Instant detectedAt) {
    public DriftEvent {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
