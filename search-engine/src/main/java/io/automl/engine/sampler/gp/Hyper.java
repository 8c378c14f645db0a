package io.automl.engine.sampler.gp;

/**
 * Kernel hyperparameters as the vector the fit optimises: {@code theta[d]} is the log length scale of input
 * coordinate {@code d}, then the log signal variance, then the log of the noise variance above its floor of
 * {@link #MIN_NOISE}. Also holds the weak log-normal priors that keep the fit away from degenerate values
 * with few observations. Immutable.
 */
record Hyper(double[] theta) {
    /** The smallest noise variance (of standardised losses); it also keeps the kernel matrix well conditioned. */
    static final double MIN_NOISE = 1e-6;
    private static final double LENGTH_MEAN = Math.log(0.5);
    private static final double LENGTH_SD = 1.5;
    private static final double SIGNAL_SD = 1.0;
    private static final double NOISE_MEAN = Math.log(1e-3);
    private static final double NOISE_SD = 3.0;

    Hyper {
        theta = theta.clone();
        if (theta.length < 2) {
            throw new IllegalArgumentException("theta needs at least 2 entries: " + theta.length);
        }
    }

    /** A copy of the vector. */
    @Override
    public double[] theta() {
        return theta.clone();
    }

    /** The prior means: length scales 0.5, signal variance 1, noise 1e-3. */
    static Hyper defaults(int width) {
        double[] t = new double[width + 2];
        for (int d = 0; d < width; d++) {
            t[d] = LENGTH_MEAN;
        }
        t[width] = 0;
        t[width + 1] = NOISE_MEAN;
        return new Hyper(t);
    }

    int width() {
        return theta.length - 2;
    }

    Matern52 kernel() {
        double[] lengths = new double[width()];
        for (int d = 0; d < lengths.length; d++) {
            lengths[d] = Math.exp(theta[d]);
        }
        return new Matern52(lengths, Math.exp(theta[width()]));
    }

    /** The noise variance above the floor: {@code d noise / d theta_noise}. */
    double noiseExcess() {
        return Math.exp(theta[width() + 1]);
    }

    double noise() {
        return MIN_NOISE + noiseExcess();
    }

    /** The negative log prior density (up to a constant). */
    double penalty() {
        double p = 0;
        for (int d = 0; d < width(); d++) {
            p += square(theta[d] - LENGTH_MEAN) / (2 * LENGTH_SD * LENGTH_SD);
        }
        p += square(theta[width()]) / (2 * SIGNAL_SD * SIGNAL_SD);
        return p + square(theta[width() + 1] - NOISE_MEAN) / (2 * NOISE_SD * NOISE_SD);
    }

    /** The gradient of {@link #penalty()}. */
    double[] penaltyGradient() {
        double[] g = new double[theta.length];
        for (int d = 0; d < width(); d++) {
            g[d] = (theta[d] - LENGTH_MEAN) / (LENGTH_SD * LENGTH_SD);
        }
        g[width()] = theta[width()] / (SIGNAL_SD * SIGNAL_SD);
        g[width() + 1] = (theta[width() + 1] - NOISE_MEAN) / (NOISE_SD * NOISE_SD);
        return g;
    }

    private static double square(double v) {
        return v * v;
    }
}
