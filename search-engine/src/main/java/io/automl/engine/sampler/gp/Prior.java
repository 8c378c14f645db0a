package io.automl.engine.sampler.gp;

/**
 * The weak log-normal priors of the kernel hyperparameters ({@link Hyper#theta()}), which keep the fit away from
 * degenerate values with few observations: length scale 0.5 for a numeric input coordinate and 3 for a one-hot
 * coordinate of a categorical choice, signal variance 1, and a noise variance of 1e-5 (of standardised losses)
 * above the floor, each with a wide spread in log space (standard deviations 1.5, 1 and 3). {@code lengthMeans}
 * holds the log prior mean of each coordinate's length scale.
 *
 * <p>Why one-hot coordinates get long length scales: two choices differ by 1 in two coordinates, so with 0.5 the
 * process treats the choices as nearly unrelated and does not carry what it learnt about the numeric parameters
 * from one choice to another; on mixed10 (a categorical whose best choice also needs a conditional parameter) the
 * median regret after 50 trials (20 seeds) fell from 0.61 to 0.02. Why a small noise prior: the process then
 * resolves the small differences near the optimum unless the data show noise (Branin after 50 trials: 9.6e-5 with
 * 1e-3, 3.9e-5 with 1e-5). Measurements: BENCHMARKS.md section 3c. Immutable.
 */
record Prior(double[] lengthMeans) {
    static final double NUMERIC_LENGTH = Math.log(0.5);
    static final double CHOICE_LENGTH = Math.log(3.0);
    private static final double LENGTH_SD = 1.5;
    private static final double SIGNAL_SD = 1.0;
    static final double NOISE_MEAN = Math.log(1e-5);
    private static final double NOISE_SD = 3.0;

    Prior {
        lengthMeans = lengthMeans.clone();
    }

    /** The priors of {@code width} numeric coordinates. */
    static Prior numeric(int width) {
        double[] means = new double[width];
        java.util.Arrays.fill(means, NUMERIC_LENGTH);
        return new Prior(means);
    }

    /** The priors of the input coordinates of {@code features}. */
    static Prior of(Features features) {
        double[] means = new double[features.width()];
        for (int c = 0; c < means.length; c++) {
            means[c] = features.oneHot(c) ? CHOICE_LENGTH : NUMERIC_LENGTH;
        }
        return new Prior(means);
    }

    /** The number of input coordinates. */
    int width() {
        return lengthMeans.length;
    }

    /** The prior means as hyperparameters. */
    Hyper mode() {
        double[] t = new double[width() + 2];
        System.arraycopy(lengthMeans, 0, t, 0, width());
        t[width()] = 0;
        t[width() + 1] = NOISE_MEAN;
        return new Hyper(t);
    }

    /** The negative log prior density of {@code h} (up to a constant). */
    double penalty(Hyper h) {
        double[] theta = h.theta();
        double p = 0;
        for (int d = 0; d < width(); d++) {
            p += square(theta[d] - lengthMeans[d]) / (2 * LENGTH_SD * LENGTH_SD);
        }
        p += square(theta[width()]) / (2 * SIGNAL_SD * SIGNAL_SD);
        return p + square(theta[width() + 1] - NOISE_MEAN) / (2 * NOISE_SD * NOISE_SD);
    }

    /** The gradient of {@link #penalty(Hyper)} with respect to {@code theta}. */
    double[] gradient(Hyper h) {
        double[] theta = h.theta();
        double[] g = new double[theta.length];
        for (int d = 0; d < width(); d++) {
            g[d] = (theta[d] - lengthMeans[d]) / (LENGTH_SD * LENGTH_SD);
        }
        g[width()] = theta[width()] / (SIGNAL_SD * SIGNAL_SD);
        g[width() + 1] = (theta[width() + 1] - NOISE_MEAN) / (NOISE_SD * NOISE_SD);
        return g;
    }

    private static double square(double v) {
        return v * v;
    }
}
