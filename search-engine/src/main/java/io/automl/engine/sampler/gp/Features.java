package io.automl.engine.sampler.gp;

import io.automl.space.Categorical;
import io.automl.space.Dimension;
import java.util.List;

/**
 * The Gaussian process's input coordinates for a point of a space's unit hypercube (as
 * {@code SearchSpace.encode} gives it, NaN where a dimension is inactive): one coordinate per numeric
 * dimension, its unit coordinate (log-scaled ones are already in log space, integers and stepped values at the
 * centre of their cell); one coordinate per choice of a categorical dimension (one-hot); none for constants.
 *
 * <p>Inactive dimensions are fixed to a constant: 0.5 for a numeric one (the value the decoder uses for a
 * missing coordinate) and all zeros for a categorical one, so two trials that both lack a parameter agree on it
 * and their distance is decided by the parameters they have. Immutable and thread-safe.
 */
final class Features {
    /** The constant coordinate of an inactive numeric dimension. */
    static final double INACTIVE = 0.5;

    private final int[] offset;
    private final int[] choices;
    private final int width;

    Features(List<Dimension> dims) {
        offset = new int[dims.size()];
        choices = new int[dims.size()];
        int w = 0;
        for (int i = 0; i < offset.length; i++) {
            Dimension d = dims.get(i);
            if (d.isFixed()) {
                offset[i] = -1;
                continue;
            }
            offset[i] = w;
            if (d.distribution() instanceof Categorical c) {
                choices[i] = c.values().size();
                w += choices[i];
            } else {
                w++;
            }
        }
        width = w;
    }

    /** The number of input coordinates. */
    int width() {
        return width;
    }

    /** The number of choices of dimension {@code i}, 0 when it is not categorical. */
    int choices(int i) {
        return choices[i];
    }

    /** Whether input coordinate {@code c} is a one-hot coordinate of a categorical choice. */
    boolean oneHot(int c) {
        for (int i = 0; i < offset.length; i++) {
            if (offset[i] >= 0 && c >= offset[i] && c < offset[i] + Math.max(1, choices[i])) {
                return choices[i] > 0;
            }
        }
        throw new IndexOutOfBoundsException("input coordinate " + c + " of " + width);
    }

    /** Whether dimension {@code i} is searched (not a constant). */
    boolean searched(int i) {
        return offset[i] >= 0;
    }

    /** The input coordinates of the encoded point {@code unit}. */
    double[] of(double[] unit) {
        double[] x = new double[width];
        for (int i = 0; i < unit.length; i++) {
            int at = offset[i];
            if (at < 0) {
                continue;
            }
            double u = unit[i];
            if (choices[i] > 0) {
                if (!Double.isNaN(u)) {
                    x[at + choiceOf(u, choices[i])] = 1;
                }
            } else {
                x[at] = Double.isNaN(u) ? INACTIVE : u;
            }
        }
        return x;
    }

    /** The choice index the unit coordinate {@code u} decodes to among {@code n}. */
    static int choiceOf(double u, int n) {
        return (int) Math.min(n - 1, Math.max(0, Math.floor(u * n)));
    }
}
