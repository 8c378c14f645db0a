package io.automl.engine.sampler.tpe;

import io.automl.space.Categorical;
import io.automl.space.Distribution;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;

/**
 * How {@link ParzenEstimator} models one dimension in the unit interval: {@code choices > 0} for a
 * categorical dimension (one probability per choice), {@code cells > 0} for a grid (integers and stepped
 * floats: the unit interval cut into {@code cells} equal cells, one per value, scored by the mass a kernel
 * puts on the cell), both 0 for a continuous dimension (floats, and log-scaled integers, which are modelled
 * in log space and scored at the value they round to). Immutable.
 */
record Axis(Distribution distribution, int choices, int cells) {

    /** The axis of {@code d}. */
    static Axis of(Distribution d) {
        if (d instanceof Categorical c) {
            return new Axis(d, c.values().size(), 0);
        }
        boolean grid = (d instanceof IntRange i && !i.log()) || (d instanceof FloatRange f && f.step() > 0);
        long n = grid ? d.cardinality().orElse(0) : 0;
        return new Axis(d, 0, n > 0 && n <= Integer.MAX_VALUE ? (int) n : 0);
    }

    boolean categorical() {
        return choices > 0;
    }

    /** The unit coordinate of the value {@code u} decodes to (a cell centre, or a rounded log integer). */
    double snap(double u) {
        double c = Math.min(1.0, Math.max(0.0, u));
        if (choices > 0) {
            return (ParzenEstimator.choiceOf(c, choices) + 0.5) / choices;
        }
        if (cells > 0) {
            return (Math.min(cells - 1, Math.floor(c * cells)) + 0.5) / cells;
        }
        if (distribution instanceof IntRange) {
            return distribution.encode(distribution.decode(c));
        }
        return c;
    }
}
