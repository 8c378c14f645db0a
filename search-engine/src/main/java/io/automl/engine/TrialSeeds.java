package io.automl.engine;

/** Per-trial seeds derived from a study's sampler seed by SplitMix64 mixing. */
final class TrialSeeds {
    private TrialSeeds() {
    }

    /** The seed of the trial that is the {@code index}-th (from 0) of a study seeded with {@code seed}. */
    static long forTrial(long seed, int index) {
        return mix(seed + 0x9E3779B97F4A7C15L * (index + 1L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
