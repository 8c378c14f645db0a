package io.automl.space;

import java.util.Objects;

/**
 * A bound a trial's {@code metric} must keep to be feasible: at least {@code min} and at most {@code max}
 * (either may be null, not both). An infeasible trial is kept and marked, and is never on the Pareto front.
 * Immutable.
 */
public record Constraint(String metric, Double min, Double max) {
    public Constraint {
        Objects.requireNonNull(metric, "metric");
        if (min == null && max == null) {
            throw new IllegalArgumentException("constraint on '" + metric + "' needs min or max");
        }
    }

    /** How far {@code value} lies outside the bound, 0 when satisfied. */
    public double violation(double value) {
        if (Double.isNaN(value)) {
            return Double.POSITIVE_INFINITY;
        }
        double below = min == null ? 0 : Math.max(0, min - value);
        double above = max == null ? 0 : Math.max(0, value - max);
        return below + above;
    }
}
