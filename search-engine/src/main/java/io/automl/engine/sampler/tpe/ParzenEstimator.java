package io.automl.engine.sampler.tpe;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A Parzen estimator over a group of dimensions of the unit hypercube, following Optuna's TPE: one kernel
 * per observation plus one prior kernel, mixed with Optuna's default weights (older observations ramp
 * down once there are more than 25) and {@code priorWeight} for the prior. Each kernel is a product over
 * the group's dimensions of a normal truncated to [0, 1] (numeric dimensions, in the encoded, already
 * log-scaled coordinate) or a distribution over the choices (categorical dimensions: the kernel's own
 * choice plus a share of the prior weight on every choice, never an ordinal kernel).
 *
 * <p>Bandwidths: for one dimension, the distance to the farther neighbour among the sorted centres; for
 * several (multivariate), Scott-like {@code 0.2 n^(-1/(d+4))}; both clipped to
 * {@code [1/min(100, 1+kernels), 1]} (Optuna's "magic clip"). The prior kernel is centred at 0.5 with
 * width 1. Immutable after construction; not shared between threads.
 */
final class ParzenEstimator {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private final int[] choices;
    private final double[] cumulative;
    private final double[] logWeights;
    private final double[][] mu;
    private final double[][] sigma;
    private final double[][] logNorm;
    private final double[][][] logProb;

    /**
     * Fits the estimator. {@code choices[j]} is 0 for a numeric dimension and the number of choices for a
     * categorical one; each observation has one unit coordinate per dimension of the group.
     */
    ParzenEstimator(List<double[]> observations, int[] choices, double priorWeight, boolean multivariate) {
        this.choices = choices.clone();
        int n = observations.size();
        int kernels = n + 1;
        int dims = choices.length;
        double[] w = new double[kernels];
        double[] ramp = DefaultWeights.of(n);
        System.arraycopy(ramp, 0, w, 0, n);
        w[n] = priorWeight;
        double total = 0;
        for (double x : w) {
            total += x;
        }
        logWeights = new double[kernels];
        cumulative = new double[kernels];
        double acc = 0;
        for (int k = 0; k < kernels; k++) {
            logWeights[k] = Math.log(w[k] / total);
            acc += w[k] / total;
            cumulative[k] = acc;
        }
        mu = new double[dims][];
        sigma = new double[dims][];
        logNorm = new double[dims][];
        logProb = new double[dims][][];
        for (int j = 0; j < dims; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = observations.get(i)[j];
            }
            if (choices[j] > 0) {
                logProb[j] = categorical(column, choices[j], priorWeight);
            } else {
                mu[j] = new double[kernels];
                System.arraycopy(column, 0, mu[j], 0, n);
                mu[j][n] = 0.5;
                sigma[j] = multivariate && dims > 1 ? Bandwidths.scott(n, dims) : Bandwidths.neighbours(column);
                logNorm[j] = new double[kernels];
                for (int k = 0; k < kernels; k++) {
                    double s = sigma[j][k];
                    double mass = Normal.cdf((1 - mu[j][k]) / s) - Normal.cdf(-mu[j][k] / s);
                    logNorm[j][k] = Math.log(s) + LOG_SQRT_2PI + Math.log(Math.max(mass, 1e-300));
                }
            }
        }
    }

    /** The index of a categorical choice encoded as {@code u}. */
    static int choiceOf(double u, int n) {
        return (int) Math.max(0, Math.min(n - 1, Math.floor(u * n)));
    }

    private static double[][] categorical(double[] column, int n, double priorWeight) {
        int kernels = column.length + 1;
        double[][] out = new double[kernels][n];
        for (int k = 0; k < kernels; k++) {
            double[] p = new double[n];
            java.util.Arrays.fill(p, priorWeight / kernels);
            if (k < column.length) {
                p[choiceOf(column[k], n)] += 1;
            }
            double sum = 0;
            for (double x : p) {
                sum += x;
            }
            for (int c = 0; c < n; c++) {
                out[k][c] = Math.log(p[c] / sum);
            }
        }
        return out;
    }

    /** Draws a point of the group from the mixture. */
    double[] sample(RandomGenerator random) {
        double r = random.nextDouble();
        int k = 0;
        while (k < cumulative.length - 1 && cumulative[k] < r) {
            k++;
        }
        double[] x = new double[choices.length];
        for (int j = 0; j < x.length; j++) {
            if (choices[j] > 0) {
                double[] lp = logProb[j][k];
                double t = random.nextDouble();
                int c = 0;
                double a = Math.exp(lp[0]);
                while (c < lp.length - 1 && a < t) {
                    c++;
                    a += Math.exp(lp[c]);
                }
                x[j] = (c + 0.5) / choices[j];
            } else {
                x[j] = Normal.truncated(mu[j][k], sigma[j][k], random);
            }
        }
        return x;
    }

    /** The log density of the mixture at {@code x}. */
    double logPdf(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        double[] terms = new double[logWeights.length];
        int[] c = new int[x.length];
        for (int j = 0; j < x.length; j++) {
            c[j] = choices[j] > 0 ? choiceOf(x[j], choices[j]) : -1;
        }
        for (int k = 0; k < terms.length; k++) {
            double t = logWeights[k];
            for (int j = 0; j < x.length; j++) {
                if (choices[j] > 0) {
                    t += logProb[j][k][c[j]];
                } else {
                    double z = (x[j] - mu[j][k]) / sigma[j][k];
                    t += -0.5 * z * z - logNorm[j][k];
                }
            }
            terms[k] = t;
            max = Math.max(max, t);
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return max + Math.log(sum);
    }
}
