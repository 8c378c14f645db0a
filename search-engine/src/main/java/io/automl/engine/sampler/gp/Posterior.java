package io.automl.engine.sampler.gp;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * A Gaussian process with zero prior mean conditioned on {@code y} at inputs {@code x}: the Cholesky
 * factorisation {@code K + noise I = L L^T} (Commons Math), {@code alpha = (K + noise I)^-1 y}, and the
 * posterior mean and variance of the latent function anywhere. Immutable and thread-safe once built.
 */
final class Posterior {
    private static final int JITTER_TRIES = 4;

    private final double[][] x;
    private final Matern52 kernel;
    private final double[][] lower;
    private final double[] alpha;
    private final double logDeterminant;
    private final DecompositionSolver solver;

    private Posterior(double[][] x, Matern52 kernel, CholeskyDecomposition cholesky, double[] y) {
        this.x = x;
        this.kernel = kernel;
        this.lower = cholesky.getL().getData();
        this.solver = cholesky.getSolver();
        this.alpha = solver.solve(new ArrayRealVector(y, false)).toArray();
        double logDet = 0;
        for (int i = 0; i < lower.length; i++) {
            logDet += 2 * Math.log(lower[i][i]);
        }
        this.logDeterminant = logDet;
    }

    /**
     * The posterior of {@code kernel} with {@code noise} on {@code y} at {@code x}; when the kernel matrix is
     * numerically not positive definite the diagonal is raised tenfold, up to a few times, before this throws
     * {@link NonPositiveDefiniteMatrixException}.
     */
    static Posterior of(double[][] x, double[] y, Matern52 kernel, double noise) {
        double diagonal = noise;
        for (int attempt = 0;; attempt++) {
            try {
                CholeskyDecomposition c = new CholeskyDecomposition(
                        new Array2DRowRealMatrix(kernel.matrix(x, diagonal), false), 1e-8, 1e-14);
                return new Posterior(x, kernel, c, y);
            } catch (NonPositiveDefiniteMatrixException e) {
                if (attempt + 1 >= JITTER_TRIES) {
                    throw e;
                }
                diagonal = Math.max(diagonal * 10, 1e-6);
            }
        }
    }

    double[] alpha() {
        return alpha.clone();
    }

    /** {@code log det(K + noise I)}. */
    double logDeterminant() {
        return logDeterminant;
    }

    /** {@code (K + noise I)^-1}, computed from the factorisation. */
    double[][] inverse() {
        return solver.getInverse().getData();
    }

    Matern52 kernel() {
        return kernel;
    }

    /** The posterior mean and variance of the latent function at {@code q}: {@code {mean, variance}}. */
    double[] predict(double[] q) {
        int n = x.length;
        double[] v = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            v[i] = kernel.k(q, x[i]);
            mean += v[i] * alpha[i];
        }
        // v := L^-1 k(q, x) by forward substitution on the library's factor; variance = k(q, q) - |v|^2
        double explained = 0;
        for (int i = 0; i < n; i++) {
            double s = v[i];
            double[] row = lower[i];
            for (int j = 0; j < i; j++) {
                s -= row[j] * v[j];
            }
            v[i] = s / row[i];
            explained += v[i] * v[i];
        }
        double variance = Math.max(kernel.signal() - explained, 1e-12 * kernel.signal());
        return new double[] {mean, variance};
    }
}
