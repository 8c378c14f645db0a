package io.automl.engine.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored schedule: its unique name, the search-space text each run uses (with the directory its relative
 * data paths resolve against), the Quartz cron expression (such as {@code "0 0 2 * * ?"}), how many of the
 * previous run's best configurations a run re-tries first ({@code topK}), the drop of the champion's score
 * beyond which a drift event is stored ({@code driftMargin}), and when it was created. Immutable.
 */
public record ScheduleSpec(String name, String spaceText, String baseDir, String cron, int topK, double driftMargin,
        Instant createdAt) {
    /** The default number of warm-start configurations. */
    public static final int DEFAULT_TOP_K = 3;
    /** The default drift margin. */
    public static final double DEFAULT_DRIFT_MARGIN = 0.02;

    public ScheduleSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spaceText, "spaceText");
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must not be negative: " + topK);
        }
        if (!Double.isFinite(driftMargin)) {
            throw new IllegalArgumentException("driftMargin must be finite: " + driftMargin);
        }
    }
}
