package io.automl.engine.sampler.tpe;

import java.util.Arrays;

/**
 * Kernel widths in the unit interval for {@link ParzenEstimator}: every array has one entry per
 * observation plus the prior kernel last (width 1). Widths are clipped to
 * {@code [1 / min(100, 1 + kernels), 1]}.
 */
final class Bandwidths {
    private static final double SIGMA0 = 0.2;

    private Bandwidths() {
    }

    /** Univariate widths: the larger gap to a neighbour among the sorted centres (prior 0.5 included). */
    static double[] neighbours(double[] observed) {
        int n = observed.length;
        double[] out = new double[n + 1];
        out[n] = 1.0;
        if (n == 0) {
            return out;
        }
        double[] centres = Arrays.copyOf(observed, n + 1);
        centres[n] = 0.5;
        Integer[] order = new Integer[n + 1];
        for (int i = 0; i <= n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(centres[a], centres[b]));
        double min = 1.0 / Math.min(100, 1 + (n + 1));
        for (int r = 0; r <= n; r++) {
            double left = r == 0 ? Double.NaN : centres[order[r]] - centres[order[r - 1]];
            double right = r == n ? Double.NaN : centres[order[r + 1]] - centres[order[r]];
            double s;
            if (Double.isNaN(left)) {
                s = right;
            } else if (Double.isNaN(right)) {
                s = left;
            } else {
                s = Math.max(left, right);
            }
            int i = order[r];
            if (i < n) {
                out[i] = clip(s, min);
            }
        }
        return out;
    }

    /** Multivariate widths: {@code 0.2 n^(-1/(d+4))} for every observation. */
    static double[] scott(int n, int dims) {
        double[] out = new double[n + 1];
        double s = SIGMA0 * Math.pow(Math.max(n, 1), -1.0 / (dims + 4));
        double min = 1.0 / Math.min(100, 1 + (n + 1));
        Arrays.fill(out, clip(s, min));
        out[n] = 1.0;
        return out;
    }

    private static double clip(double s, double min) {
        return Math.max(min, Math.min(1.0, s));
    }
}
