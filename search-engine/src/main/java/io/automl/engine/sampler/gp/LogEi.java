package io.automl.engine.sampler.gp;

import org.apache.commons.math3.special.Erf;

/**
 * The logarithm of expected improvement below {@code best} for a normal prediction with {@code mean} and
 * {@code variance}: {@code log(sigma) + log h(z)} with {@code z = (best - mean) / sigma} and
 * {@code h(z) = z Phi(z) + phi(z)}. Far in the lower tail ({@code z < -20}), where {@code h} cancels and then underflows,
 * the asymptotic series {@code h(z) ~ phi(z) / z^2 (1 - 3 / z^2 + 15 / z^4 - 105 / z^6)} keeps the value finite and monotone,
 * so the search can still climb towards improvement. Stateless.
 */
final class LogEi {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double TAIL = -20;

    private LogEi() {
    }

    static double of(double mean, double variance, double best) {
        double sigma = Math.sqrt(variance);
        double z = (best - mean) / sigma;
        return Math.log(sigma) + logH(z);
    }

    /** {@code log(z Phi(z) + phi(z))}. */
    static double logH(double z) {
        double logPhi = -0.5 * z * z - LOG_SQRT_2PI;
        if (z < TAIL) {
            double z2 = z * z;
            return logPhi - Math.log(z2) + Math.log1p(-3 / z2 + 15 / (z2 * z2) - 105 / (z2 * z2 * z2));
        }
        double cdf = 0.5 * Erf.erfc(-z / Math.sqrt(2));
        return Math.log(z * cdf + Math.exp(logPhi));
    }
}
