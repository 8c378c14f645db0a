package io.automl.engine.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of a schedule, for the champion's history: the study it created, when it started and finished
 * (null while running), its best trial's number and value (null without a complete trial), the previous
 * champion's value in the previous run and its re-score in this run (both null when the run did not
 * warm-start, the re-score also when the re-scored trial did not complete). Immutable.
 */
public record ScheduleRun(String study, Instant startedAt, Instant finishedAt, Integer bestTrial, Double bestValue,
        Double championPrevious, Double championRescore) {
    public ScheduleRun {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
