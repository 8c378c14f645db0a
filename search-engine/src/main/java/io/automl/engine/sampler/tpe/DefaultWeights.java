package io.automl.engine.sampler.tpe;

/** Optuna's default observation weights: all 1 up to 25 observations, then a ramp for the older ones. */
final class DefaultWeights {
    private DefaultWeights() {
    }

    /** Weights of {@code n} observations in trial order. */
    static double[] of(int n) {
        double[] w = new double[n];
        if (n < 25) {
            java.util.Arrays.fill(w, 1.0);
            return w;
        }
        int ramp = n - 25;
        for (int i = 0; i < ramp; i++) {
            double lo = 1.0 / n;
            w[i] = ramp == 1 ? lo : lo + (1.0 - lo) * i / (ramp - 1);
        }
        for (int i = ramp; i < n; i++) {
            w[i] = 1.0;
        }
        return w;
    }
}
