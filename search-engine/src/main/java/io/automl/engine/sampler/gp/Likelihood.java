package io.automl.engine.sampler.gp;

import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * The negative log marginal likelihood of standardised losses {@code y} at inputs {@code x} plus the
 * hyperparameters' negative log prior ({@link Prior#penalty(Hyper)}), as a function of {@link Hyper#theta()}, with
 * its gradient {@code -1/2 tr((alpha alpha^T - K^-1) dK/dtheta) + dPenalty/dtheta}. Where the kernel matrix
 * cannot be factorised the value is {@link #INFEASIBLE}. Immutable and thread-safe.
 */
final class Likelihood {
    static final double INFEASIBLE = 1e300;
    private static final double MAX_LOG = 12;

    private final double[][] x;
    private final double[] y;
    private final Prior prior;

    Likelihood(double[][] x, double[] y, Prior prior) {
        this.x = x;
        this.y = y;
        this.prior = prior;
    }

    /** The value at {@code theta}. */
    double value(double[] theta) {
        Posterior p = posterior(theta);
        return p == null ? INFEASIBLE : value(p, new Hyper(theta));
    }

    /** The gradient at {@code theta} (zero where the value is infeasible). */
    double[] gradient(double[] theta) {
        Hyper h = new Hyper(theta);
        Posterior p = posterior(theta);
        double[] g = new double[theta.length];
        if (p == null) {
            return g;
        }
        double[] alpha = p.alpha();
        double[][] w = p.inverse();
        int n = x.length;
        int width = h.width();
        Matern52 kernel = p.kernel();
        double signalGradient = 0;
        double trace = 0;
        for (int i = 0; i < n; i++) {
            // w := alpha alpha^T - K^-1, only the lower triangle and diagonal are read
            w[i][i] = alpha[i] * alpha[i] - w[i][i];
            trace += w[i][i];
            signalGradient += w[i][i] * kernel.signal();
            for (int j = 0; j < i; j++) {
                double wij = alpha[i] * alpha[j] - w[i][j];
                double r2 = kernel.squaredDistance(x[i], x[j]);
                // off-diagonal pairs count twice in the trace
                signalGradient += 2 * wij * kernel.ofSquaredDistance(r2);
                double f = 2 * wij * kernel.lengthFactor(r2);
                double[] a = x[i];
                double[] b = x[j];
                for (int d = 0; d < width; d++) {
                    double t = a[d] - b[d];
                    g[d] += f * t * t;
                }
            }
        }
        for (int d = 0; d < width; d++) {
            g[d] = -0.5 * g[d] * Math.exp(-2 * theta[d]);
        }
        g[width] = -0.5 * signalGradient;
        g[width + 1] = -0.5 * trace * h.noiseExcess();
        double[] prior = this.prior.gradient(h);
        for (int k = 0; k < g.length; k++) {
            g[k] += prior[k];
        }
        return g;
    }

    private double value(Posterior p, Hyper h) {
        double[] alpha = p.alpha();
        double fit = 0;
        for (int i = 0; i < y.length; i++) {
            fit += y[i] * alpha[i];
        }
        return 0.5 * fit + 0.5 * p.logDeterminant() + prior.penalty(h);
    }

    private Posterior posterior(double[] theta) {
        for (double t : theta) {
            if (!(Math.abs(t) <= MAX_LOG * 2)) {
                return null;
            }
        }
        Hyper h = new Hyper(theta);
        try {
            return Posterior.of(x, y, h.kernel(), h.noise());
        } catch (NonPositiveDefiniteMatrixException e) {
            return null;
        }
    }
}
