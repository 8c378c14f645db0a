package io.automl.engine.sampler.tpe;

import java.util.random.RandomGenerator;

/** The standard normal distribution function and draws of a normal truncated to [0, 1]. */
final class Normal {
    private Normal() {
    }

    /**
     * Phi(z), with relative error below 1.2e-7 for {@code z <= 0} (complementary error function by Chebyshev
     * fit; for {@code z > 0} the error is absolute).
     */
    static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** The standard normal mass on [a, b], computed in the tail where it keeps its relative precision. */
    static double mass(double a, double b) {
        return a > 0 ? cdf(-a) - cdf(-b) : cdf(b) - cdf(a);
    }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /**
     * A draw of N(mu, sigma) conditioned on [0, 1], by rejection (the kept mass is at least about 0.34
     * for centres in [0, 1] and widths up to 1), falling back to a uniform draw after 100 rejections.
     */
    static double truncated(double mu, double sigma, RandomGenerator random) {
        for (int i = 0; i < 100; i++) {
            double x = mu + sigma * random.nextGaussian();
            if (x >= 0 && x <= 1) {
                return x;
            }
        }
        return random.nextDouble();
    }
}
