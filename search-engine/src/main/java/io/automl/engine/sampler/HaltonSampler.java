package io.automl.engine.sampler;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Quasi-random search with a randomly shifted Halton sequence: trial {@code i} (the number of trials
 * already in the study) gets point {@code i + 1} of the sequence, one prime base per dimension, shifted
 * modulo 1 by offsets drawn once from the sampler seed. Covers the space more evenly than random
 * search for small budgets. Immutable and thread-safe.
 */
public final class HaltonSampler implements Sampler {
    private final double[] shift;
    private final int[] bases;

    /** A sequence for {@code dimensions} coordinates, shifted by offsets drawn from {@code seed}. */
    public HaltonSampler(int dimensions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        shift = new double[dimensions];
        bases = new int[dimensions];
        int candidate = 2;
        for (int d = 0; d < dimensions; d++) {
            shift[d] = random.nextDouble();
            while (!isPrime(candidate)) {
                candidate++;
            }
            bases[d] = candidate++;
        }
    }

    @Override
    public Config sample(StudyView study, SearchSpace space, RandomGenerator random) {
        return space.decode(point(study.size() + 1L));
    }

    /** Coordinates of sequence point {@code index} (from 1), in [0, 1). */
    double[] point(long index) {
        double[] unit = new double[bases.length];
        for (int d = 0; d < unit.length; d++) {
            double u = radicalInverse(index, bases[d]) + shift[d];
            unit[d] = u - Math.floor(u);
        }
        return unit;
    }

    private static double radicalInverse(long index, int base) {
        double result = 0;
        double f = 1.0 / base;
        for (long i = index; i > 0; i /= base) {
            result += f * (i % base);
            f /= base;
        }
        return result;
    }

    private static boolean isPrime(int n) {
        for (int k = 2; (long) k * k <= n; k++) {
            if (n % k == 0) {
                return false;
            }
        }
        return n >= 2;
    }
}
