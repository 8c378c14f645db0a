package io.automl.engine.sampler.tpe;

import java.util.Arrays;

/**
 * Kernel widths in the unit interval for {@link ParzenEstimator}, as Optuna's TPE sets them for one
 * dimension: among the sorted centres (the observations and the prior's 0.5), each observation's width is
 * the larger of the gaps to its two neighbours (the gap to its only neighbour at either end), clipped to
 * {@code [1 / min(100, 1 + kernels), 1]} (Optuna's "magic clip"); the prior kernel, last, has width 1.
 * Product kernels (multivariate TPE) take the mean of the two gaps instead: widths multiply across the
 * dimensions there, and the narrower kernels gave lower regret on every benchmark problem. O(n log n).
 */
final class Bandwidths {
    private Bandwidths() {
    }

    /**
     * The widths of the kernels of {@code observed} (one per entry) followed by the prior's: an inner
     * observation's width is the larger of its two gaps, or their mean when {@code meanGap} is set.
     */
    static double[] neighbours(double[] observed, boolean meanGap) {
        int n = observed.length;
        double[] out = new double[n + 1];
        out[n] = 1.0;
        if (n == 0) {
            return out;
        }
        double[] centres = Arrays.copyOf(observed, n + 1);
        centres[n] = 0.5;
        int[] order = argsort(centres);
        double min = 1.0 / Math.min(100, 1 + (n + 1));
        for (int r = 0; r <= n; r++) {
            int i = order[r];
            if (i == n) {
                continue;
            }
            double s;
            if (r == 0) {
                s = centres[order[1]] - centres[i];
            } else if (r == n) {
                s = centres[i] - centres[order[n - 1]];
            } else {
                double left = centres[i] - centres[order[r - 1]];
                double right = centres[order[r + 1]] - centres[i];
                s = meanGap ? 0.5 * (left + right) : Math.max(left, right);
            }
            out[i] = Math.max(min, Math.min(1.0, s));
        }
        return out;
    }

    /**
     * The indices of {@code v} (values in [0, 1]) in ascending order of value, equal values in index order:
     * each value, quantized to 2^-40, and its index are packed into one {@code long} and the keys sorted.
     */
    static int[] argsort(double[] v) {
        long[] keys = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            long q = (long) (Math.max(0, Math.min(1, v[i])) * (1L << 40));
            keys[i] = (q << 22) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[v.length];
        for (int r = 0; r < v.length; r++) {
            order[r] = (int) (keys[r] & ((1 << 22) - 1));
        }
        return order;
    }
}
