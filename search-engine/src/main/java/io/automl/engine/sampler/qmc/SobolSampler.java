package io.automl.engine.sampler.qmc;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Quasi-random search with a scrambled Sobol sequence. Trial {@code i} (the number of trials already in
 * the study) gets point {@code i} of the sequence; coordinate {@code d} drives dimension {@code d} of the
 * space (constants and inactive dimensions simply ignore theirs).
 *
 * <p>Scrambling is a linear matrix scramble (a random lower-triangular binary matrix with unit diagonal
 * per dimension, applied to the direction numbers) followed by a random digital shift, both drawn from
 * the study's sampler {@code seed}; every worker that builds the sampler from the same seed produces the
 * same sequence. Direction numbers are Joe–Kuo's for the first 40 dimensions; each further dimension is
 * drawn uniformly from the per-trial generator passed to {@link #sample}, so beyond 40 dimensions the
 * sampler degrades gracefully to random search in those coordinates. Immutable and thread-safe.
 */
public final class SobolSampler implements Sampler {
    private final long seed;

    /** A sequence scrambled by {@code seed} (use the study's sampler seed). */
    public SobolSampler(long seed) {
        this.seed = seed;
    }

    @Override
    public Config sample(StudyView study, SearchSpace space, RandomGenerator random) {
        int dims = space.dimensions().size();
        double[] unit = point(study.size(), dims, random);
        return space.decode(unit);
    }

    /**
     * Point {@code index} (from 0) of the scrambled sequence in {@code dims} dimensions; coordinates past
     * the Joe–Kuo table come from {@code random}.
     */
    double[] point(long index, int dims, RandomGenerator random) {
        int sobolDims = Math.min(dims, JoeKuo.DIMENSIONS);
        int[][] v = scrambled(sobolDims);
        SplittableRandom shifts = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long gray = index ^ (index >>> 1);
        double[] unit = new double[dims];
        for (int d = 0; d < sobolDims; d++) {
            int x = shifts.nextInt();
            for (int k = 0; k < JoeKuo.BITS && (gray >>> k) != 0; k++) {
                if (((gray >>> k) & 1) != 0) {
                    x ^= v[d][k];
                }
            }
            unit[d] = ((x & 0xFFFFFFFFL) + 0.5) / 4294967296.0;
        }
        for (int d = sobolDims; d < dims; d++) {
            unit[d] = random.nextDouble();
        }
        return unit;
    }

    /** Direction numbers multiplied by a seeded lower-triangular scramble matrix per dimension. */
    private int[][] scrambled(int dims) {
        int[][] v = JoeKuo.directions(dims);
        SplittableRandom rng = new SplittableRandom(seed);
        int bits = JoeKuo.BITS;
        for (int d = 0; d < dims; d++) {
            // row r of L: bit r set (unit diagonal) plus random bits strictly above it (more significant)
            int[] rows = new int[bits];
            for (int r = 0; r < bits; r++) {
                int above = r == 0 ? 0 : (int) (rng.nextLong() & (((1L << r) - 1) << (bits - r)));
                rows[r] = (1 << (bits - 1 - r)) | above;
            }
            for (int k = 0; k < bits; k++) {
                int c = v[d][k];
                int out = 0;
                for (int r = 0; r < bits; r++) {
                    if ((Integer.bitCount(rows[r] & c) & 1) != 0) {
                        out |= 1 << (bits - 1 - r);
                    }
                }
                v[d][k] = out;
            }
        }
        return v;
    }
}
