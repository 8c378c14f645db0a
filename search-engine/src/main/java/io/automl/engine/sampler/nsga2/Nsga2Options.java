package io.automl.engine.sampler.nsga2;

/**
 * Settings of {@link Nsga2Sampler}.
 *
 * @param populationSize trials per generation and parents kept: {@code >= 2}, or 0 (the default) for a tenth of
 *     the study's trial budget between 10 and 50, so that a budget holds about ten generations
 * @param crossoverProbability chance that a child mixes two parents rather than copying one, in [0, 1]
 *     (default 0.9)
 * @param swappingProbability chance that a categorical dimension comes from the second parent, in [0, 1]
 *     (default 0.5)
 * @param mutationProbability chance per dimension of a mutation, in [0, 1]; 0 means 1 / number of dimensions
 *     (default 0)
 * @param crossoverEta distribution index of simulated binary crossover, &gt; 0 (default 15; larger keeps
 *     children closer to their parents)
 * @param mutationEta distribution index of polynomial mutation, &gt; 0 (default 20)
 */
public record Nsga2Options(int populationSize, double crossoverProbability, double swappingProbability,
        double mutationProbability, double crossoverEta, double mutationEta) {
    public Nsga2Options {
        if (populationSize != 0 && (populationSize < 2 || populationSize > 100_000)) {
            throw new IllegalArgumentException("populationSize must be 0 (a tenth of the trial budget) or in"
                    + " [2, 100000]: " + populationSize);
        }
        unit("crossoverProbability", crossoverProbability);
        unit("swappingProbability", swappingProbability);
        unit("mutationProbability", mutationProbability);
        if (!(crossoverEta > 0) || crossoverEta > 1000) {
            throw new IllegalArgumentException("crossoverEta must be in (0, 1000]: " + crossoverEta);
        }
        if (!(mutationEta > 0) || mutationEta > 1000) {
            throw new IllegalArgumentException("mutationEta must be in (0, 1000]: " + mutationEta);
        }
    }

    private static void unit(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + p);
        }
    }

    /** The defaults. */
    public static Nsga2Options defaults() {
        return new Nsga2Options(0, 0.9, 0.5, 0, 15, 20);
    }

    /** The population for a study of {@code trials} trials: {@link #populationSize()}, or when 0 trials / 10 in [10, 50]. */
    public int population(int trials) {
        return populationSize > 0 ? populationSize : Math.max(10, Math.min(50, Math.round(trials / 10f)));
    }
}
