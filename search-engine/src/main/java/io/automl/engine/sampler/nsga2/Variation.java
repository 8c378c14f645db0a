package io.automl.engine.sampler.nsga2;

import io.automl.space.Categorical;
import io.automl.space.Dimension;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Crossover and mutation of two parents in the unit hypercube: simulated binary crossover (each numeric
 * dimension with probability 1/2) and polynomial mutation on numeric dimensions, uniform swap and reset on
 * categorical ones. A coordinate that is NaN (the dimension was inactive) is taken from the other parent,
 * or drawn uniformly when both lack it. Immutable and thread-safe.
 */
final class Variation {
    private static final double EPS = 1e-14;

    private final Nsga2Options options;

    Variation(Nsga2Options options) {
        this.options = options;
    }

    /** A child of {@code p1} and {@code p2} (unit coordinates, NaN where inactive) over {@code dims}. */
    double[] child(double[] p1, double[] p2, List<Dimension> dims, RandomGenerator random) {
        int n = p1.length;
        double[] child = new double[n];
        boolean cross = random.nextDouble() < options.crossoverProbability();
        for (int i = 0; i < n; i++) {
            double a = p1[i];
            double b = p2[i];
            if (Double.isNaN(a) && Double.isNaN(b)) {
                child[i] = random.nextDouble();
            } else if (Double.isNaN(a) || Double.isNaN(b)) {
                child[i] = Double.isNaN(a) ? b : a;
            } else if (!cross) {
                child[i] = a;
            } else if (categorical(dims.get(i))) {
                child[i] = random.nextDouble() < options.swappingProbability() ? b : a;
            } else {
                child[i] = random.nextBoolean() ? sbx(a, b, random) : a;
            }
        }
        double pm = options.mutationProbability() > 0 ? options.mutationProbability() : 1.0 / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < pm) {
                child[i] = categorical(dims.get(i)) ? random.nextDouble() : polynomial(child[i], random);
            }
        }
        return child;
    }

    private static boolean categorical(Dimension d) {
        return d.distribution() instanceof Categorical;
    }

    /** One child of simulated binary crossover of {@code a} and {@code b} in [0, 1] (Deb and Agrawal, bounded form). */
    private double sbx(double a, double b, RandomGenerator random) {
        if (Math.abs(a - b) < EPS) {
            return a;
        }
        double y1 = Math.min(a, b);
        double y2 = Math.max(a, b);
        double eta = options.crossoverEta();
        double u = random.nextDouble();
        double c1 = spread(y1, y2, (y1 - 0) , u, eta, true);
        double c2 = spread(y1, y2, (1 - y2), u, eta, false);
        double c = random.nextBoolean() ? c1 : c2;
        return Math.min(1, Math.max(0, c));
    }

    private static double spread(double y1, double y2, double room, double u, double eta, boolean low) {
        double beta = 1.0 + 2.0 * room / (y2 - y1);
        double alpha = 2.0 - Math.pow(beta, -(eta + 1.0));
        double betaq = u <= 1.0 / alpha ? Math.pow(u * alpha, 1.0 / (eta + 1.0))
                : Math.pow(1.0 / (2.0 - u * alpha), 1.0 / (eta + 1.0));
        return low ? 0.5 * ((y1 + y2) - betaq * (y2 - y1)) : 0.5 * ((y1 + y2) + betaq * (y2 - y1));
    }

    /** Polynomial mutation of {@code y} in [0, 1] (Deb's bounded form). */
    private double polynomial(double y, RandomGenerator random) {
        double eta = options.mutationEta();
        double d1 = y;
        double d2 = 1 - y;
        double u = random.nextDouble();
        double power = 1.0 / (eta + 1.0);
        double dq;
        if (u < 0.5) {
            double xy = 1.0 - d1;
            double val = 2.0 * u + (1.0 - 2.0 * u) * Math.pow(xy, eta + 1.0);
            dq = Math.pow(val, power) - 1.0;
        } else {
            double xy = 1.0 - d2;
            double val = 2.0 * (1.0 - u) + 2.0 * (u - 0.5) * Math.pow(xy, eta + 1.0);
            dq = 1.0 - Math.pow(val, power);
        }
        return Math.min(1, Math.max(0, y + dq));
    }
}
