package io.automl.space;

import java.util.Objects;

/**
 * What a study optimizes: a metric name (such as {@code accuracy}) and a direction; in a multi-objective
 * space also an optional {@code reference} value, the worst value that still counts toward the hypervolume
 * (null: derived from the trials). Immutable.
 */
public record Objective(String metric, Direction direction, Double reference) {
    public Objective {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        if (reference != null && !Double.isFinite(reference)) {
            throw new IllegalArgumentException("reference must be finite: " + reference);
        }
    }

    /** An objective without a reference value. */
    public Objective(String metric, Direction direction) {
        this(metric, direction, null);
    }

    /** Whether {@code a} is strictly better than {@code b} under this objective. */
    public boolean better(double a, double b) {
        return direction == Direction.MAXIMIZE ? a > b : a < b;
    }

    /** {@code v} turned into a value to minimize (negated when maximizing). */
    public double minimized(double v) {
        return direction == Direction.MAXIMIZE ? -v : v;
    }
}
