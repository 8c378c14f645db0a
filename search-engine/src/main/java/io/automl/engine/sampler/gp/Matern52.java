package io.automl.engine.sampler.gp;

/**
 * The Matérn-5/2 kernel with one length scale per input coordinate (ARD):
 * {@code k(a, b) = s (1 + sqrt(5) r + 5 r^2 / 3) exp(-sqrt(5) r)} with
 * {@code r^2 = sum_d (a_d - b_d)^2 / l_d^2} and signal variance {@code s}. Immutable and thread-safe.
 */
final class Matern52 {
    static final double SQRT5 = Math.sqrt(5);

    private final double[] inverseSquaredLengths;
    private final double signal;

    Matern52(double[] lengths, double signal) {
        inverseSquaredLengths = new double[lengths.length];
        for (int d = 0; d < lengths.length; d++) {
            inverseSquaredLengths[d] = 1 / (lengths[d] * lengths[d]);
        }
        this.signal = signal;
    }

    double signal() {
        return signal;
    }

    /** The scaled squared distance {@code r^2} between {@code a} and {@code b}. */
    double squaredDistance(double[] a, double[] b) {
        double r2 = 0;
        for (int d = 0; d < a.length; d++) {
            double t = a[d] - b[d];
            r2 += t * t * inverseSquaredLengths[d];
        }
        return r2;
    }

    /** {@code k} at scaled squared distance {@code r2}. */
    double ofSquaredDistance(double r2) {
        double r = Math.sqrt(r2);
        return signal * (1 + SQRT5 * r + 5.0 / 3.0 * r2) * Math.exp(-SQRT5 * r);
    }

    /**
     * {@code -dk/d(r^2) * 2}: the factor by which {@code (a_d - b_d)^2 / l_d^2} is multiplied to give
     * {@code dk / d(log l_d)}, namely {@code s (5/3) (1 + sqrt(5) r) exp(-sqrt(5) r)}.
     */
    double lengthFactor(double r2) {
        double r = Math.sqrt(r2);
        return signal * 5.0 / 3.0 * (1 + SQRT5 * r) * Math.exp(-SQRT5 * r);
    }

    double k(double[] a, double[] b) {
        return ofSquaredDistance(squaredDistance(a, b));
    }

    /** The kernel matrix of {@code x} with {@code diagonal} added on the diagonal. */
    double[][] matrix(double[][] x, double diagonal) {
        int n = x.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = signal + diagonal;
            for (int j = 0; j < i; j++) {
                double v = k(x[i], x[j]);
                m[i][j] = v;
                m[j][i] = v;
            }
        }
        return m;
    }
}
