package io.automl.space;

import java.util.Objects;

/** What a study optimizes: a metric name (such as {@code accuracy}) and a direction. */
public record Objective(String metric, Direction direction) {
    public Objective {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
    }

    /** Whether {@code a} is strictly better than {@code b} under this objective. */
    public boolean better(double a, double b) {
        return direction == Direction.MAXIMIZE ? a > b : a < b;
    }
}
