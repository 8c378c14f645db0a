package io.automl.engine.sampler.tpe;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A Parzen estimator over a group of dimensions of the unit hypercube, after Optuna's TPE: one kernel per
 * observation plus one prior kernel (centre 0.5, width 1, weight {@code priorWeight}), the observations
 * weighted by {@link DefaultWeights} (older ones ramp down past 25). A kernel is a product over the group's
 * axes (see {@link Axis}) of a normal truncated to [0, 1] (numeric axes; integer and stepped axes score the
 * mass the normal puts on the value's cell) or a distribution over the choices (categorical axes: the
 * kernel's own choice plus a share of the prior weight on every choice, never an ordinal kernel). Widths
 * come from {@link Bandwidths#neighbours}, per axis, in both modes (rather than one Scott-rule width for
 * all kernels, as Optuna's multivariate TPE has it).
 *
 * <p>Draws pick a kernel by weight and draw every axis from it, so a draw lies near one observation in all
 * axes at once. {@link #logPdf} scores a point in one of two ways ({@link Mode}): {@code JOINT}, the log density
 * of the mixture of product kernels; or {@code FACTORIZED}, the sum over axes of the log density of each axis's
 * own mixture, in which a numeric kernel counts with its weight times its width (a kernel of unit height rather
 * than unit mass, which is how Optuna 3.1's independent TPE scores in effect: wide kernels, such as the prior
 * and isolated observations, then weigh more, so the ratio of two estimators follows regions rather than single
 * narrow kernels). Immutable after construction; not shared between threads.
 */
final class ParzenEstimator {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    /** Terms this far below the largest add less than 1e-16 to a sum of exponentials and are skipped. */
    private static final double NEGLIGIBLE = 37;
    /** Standard deviations beyond which a normal's mass is taken as nothing (below 1e-18). */
    private static final double FAR = 9;

    /** How {@link #logPdf} combines the axes. */
    enum Mode {
        /** The mixture of product kernels over the whole group. */
        JOINT,
        /** A sum of per-axis mixtures, numeric kernels weighted by their width. */
        FACTORIZED
    }

    private final Axis[] axes;
    private final Mode mode;
    private final int kernels;
    private final double[] cumulative;
    /** Per axis (JOINT: one shared row) and kernel: the log weight plus the kernel's constant terms. */
    private final double[][] base;
    private final double[][] mu;
    private final double[][] inverseSigma;
    private final double[][] sigma;
    private final double[][][] logProb;

    /** Fits the estimator; each observation has one unit coordinate per axis. */
    ParzenEstimator(List<double[]> observations, Axis[] axes, double priorWeight, Mode mode) {
        this.axes = axes.clone();
        this.mode = mode;
        int n = observations.size();
        kernels = n + 1;
        int dims = axes.length;
        double[] w = new double[kernels];
        System.arraycopy(DefaultWeights.of(n), 0, w, 0, n);
        w[n] = priorWeight;
        cumulative = new double[kernels];
        double total = Arrays.stream(w).sum();
        double acc = 0;
        for (int k = 0; k < kernels; k++) {
            acc += w[k] / total;
            cumulative[k] = acc;
        }
        mu = new double[dims][];
        sigma = new double[dims][];
        inverseSigma = new double[dims][];
        logProb = new double[dims][][];
        double[][] constant = new double[dims][kernels];
        for (int j = 0; j < dims; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = observations.get(i)[j];
            }
            if (axes[j].categorical()) {
                logProb[j] = categorical(column, axes[j].choices(), priorWeight);
                continue;
            }
            mu[j] = Arrays.copyOf(column, kernels);
            mu[j][n] = 0.5;
            sigma[j] = Bandwidths.neighbours(column, mode == Mode.JOINT);
            inverseSigma[j] = new double[kernels];
            for (int k = 0; k < kernels; k++) {
                double s = sigma[j][k];
                inverseSigma[j][k] = 1 / s;
                double a = -mu[j][k] / s;
                double b = (1 - mu[j][k]) / s;
                double logMass = a < -FAR && b > FAR ? 0 : Math.log(Math.max(Normal.mass(a, b), 1e-300));
                constant[j][k] = -logMass + (axes[j].cells() > 0 ? 0 : -LOG_SQRT_2PI - Math.log(s));
            }
        }
        if (mode == Mode.JOINT) {
            base = new double[1][kernels];
            for (int k = 0; k < kernels; k++) {
                base[0][k] = Math.log(w[k] / total);
                for (int j = 0; j < dims; j++) {
                    base[0][k] += constant[j][k];
                }
            }
        } else {
            base = new double[dims][kernels];
            for (int j = 0; j < dims; j++) {
                boolean byWidth = !axes[j].categorical() && axes[j].cells() == 0;
                double[] wj = new double[kernels];
                for (int k = 0; k < kernels; k++) {
                    wj[k] = byWidth ? w[k] * sigma[j][k] : w[k];
                }
                double tj = Arrays.stream(wj).sum();
                for (int k = 0; k < kernels; k++) {
                    base[j][k] = Math.log(wj[k] / tj) + constant[j][k];
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
        double share = priorWeight / kernels;
        for (int k = 0; k < kernels; k++) {
            boolean own = k < column.length;
            double sum = share * n + (own ? 1 : 0);
            Arrays.fill(out[k], Math.log(share / sum));
            if (own) {
                out[k][choiceOf(column[k], n)] = Math.log((share + 1) / sum);
            }
        }
        return out;
    }

    /** Draws a point of the group: a kernel by weight, then every axis from it, snapped to a value of the axis. */
    double[] sample(RandomGenerator random) {
        double r = random.nextDouble();
        int k = 0;
        while (k < kernels - 1 && cumulative[k] < r) {
            k++;
        }
        double[] x = new double[axes.length];
        for (int j = 0; j < x.length; j++) {
            if (axes[j].categorical()) {
                double[] lp = logProb[j][k];
                double t = random.nextDouble();
                int c = 0;
                double a = Math.exp(lp[0]);
                while (c < lp.length - 1 && a < t) {
                    c++;
                    a += Math.exp(lp[c]);
                }
                x[j] = (c + 0.5) / axes[j].choices();
            } else {
                x[j] = axes[j].snap(Normal.truncated(mu[j][k], sigma[j][k], random));
            }
        }
        return x;
    }

    /** The score of {@code x} (a point as {@link #sample} returns) under the estimator's {@link Mode}. */
    double logPdf(double[] x) {
        if (mode == Mode.JOINT) {
            double[] t = base[0].clone();
            for (int j = 0; j < x.length; j++) {
                addAxis(j, x[j], t);
            }
            return logSumExp(t);
        }
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            double[] t = base[j].clone();
            addAxis(j, x[j], t);
            sum += logSumExp(t);
        }
        return sum;
    }

    /** Adds every kernel's log density (or cell mass, or choice probability) of axis {@code j} at {@code u}. */
    private void addAxis(int j, double u, double[] t) {
        Axis axis = axes[j];
        if (axis.categorical()) {
            int c = choiceOf(u, axis.choices());
            for (int k = 0; k < kernels; k++) {
                t[k] += logProb[j][k][c];
            }
        } else if (axis.cells() > 0) {
            double lo = Math.max(0, u - 0.5 / axis.cells());
            double hi = Math.min(1, u + 0.5 / axis.cells());
            double logWidth = Math.log(hi - lo) - LOG_SQRT_2PI;
            for (int k = 0; k < kernels; k++) {
                double m = mu[j][k];
                double inv = inverseSigma[j][k];
                double near = (m < lo ? lo - m : m > hi ? m - hi : 0) * inv;
                // beyond 9 widths the mass is below width * phi(9) / sigma, negligible next to the prior kernel's
                // mass on any cell: that bound stands in for it and saves two error functions
                t[k] += near > FAR ? logWidth + Math.log(inv) - 0.5 * near * near
                        : Math.log(Math.max(Normal.mass((lo - m) * inv, (hi - m) * inv), 1e-300));
            }
        } else {
            double[] m = mu[j];
            double[] inv = inverseSigma[j];
            for (int k = 0; k < kernels; k++) {
                double z = (u - m[k]) * inv[k];
                t[k] -= 0.5 * z * z;
            }
        }
    }

    private static double logSumExp(double[] t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : t) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : t) {
            if (v > max - NEGLIGIBLE) {
                sum += Math.exp(v - max);
            }
        }
        return max + Math.log(sum);
    }
}
