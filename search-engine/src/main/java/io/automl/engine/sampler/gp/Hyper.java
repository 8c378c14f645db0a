package io.automl.engine.sampler.gp;

/**
 * Kernel hyperparameters as the vector the fit optimises: {@code theta[d]} is the log length scale of input
 * coordinate {@code d}, then the log signal variance, then the log of the noise variance above its floor of
 * {@link #MIN_NOISE}. Its priors are {@link Prior}. Immutable.
 */
record Hyper(double[] theta) {
    /** The smallest noise variance (of standardised losses); it also keeps the kernel matrix well conditioned. */
    static final double MIN_NOISE = 1e-6;

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

}
