package io.automl.engine.sampler.evolution;

/**
 * Options of {@link EvolutionSampler}.
 *
 * @param population the number of most recent complete trials that form the population, {@code >= 1}
 *     (default 20)
 * @param sampleSize the members drawn per tournament, in {@code [1, population]} (default 5)
 */
public record EvolutionOptions(int population, int sampleSize) {
    public EvolutionOptions {
        if (population < 1) {
            throw new IllegalArgumentException("population must be >= 1: " + population);
        }
        if (sampleSize < 1 || sampleSize > population) {
            throw new IllegalArgumentException("sampleSize must be in [1, population = " + population + "]: "
                    + sampleSize);
        }
    }

    /** A population of 20 and tournaments of 5. */
    public static EvolutionOptions defaults() {
        return new EvolutionOptions(20, 5);
    }
}
