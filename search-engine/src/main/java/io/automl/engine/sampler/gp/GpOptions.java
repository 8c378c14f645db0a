package io.automl.engine.sampler.gp;

/**
 * Settings of {@link GpSampler}: {@code startupTrials} finished trials proposed by a scrambled Sobol sequence
 * before the Gaussian process is used (default 10); {@code restarts} random starting points of the
 * hyperparameter fit besides the default one (default 2); {@code candidates} random points scored by the
 * acquisition function per proposal (default 256), of which (together with the best observed points) the
 * {@code acquisitionStarts} best start a local search (default 8); {@code maxObservations} (default 200), the
 * most finished trials the process is fitted on (beyond it the best quarter plus a random subset of the rest,
 * which bounds the cost per proposal); {@code constantLiar} (default true) to add RUNNING trials to the process
 * at the worst observed value, so that concurrent workers do not propose the same point.
 */
public record GpOptions(int startupTrials, int restarts, int candidates, int acquisitionStarts, int maxObservations,
        boolean constantLiar) {
    public GpOptions {
        if (startupTrials < 1) {
            throw new IllegalArgumentException("startupTrials must be >= 1: " + startupTrials);
        }
        if (restarts < 0 || restarts > 50) {
            throw new IllegalArgumentException("restarts must be in [0, 50]: " + restarts);
        }
        if (candidates < 1 || candidates > 100_000) {
            throw new IllegalArgumentException("candidates must be in [1, 100000]: " + candidates);
        }
        if (acquisitionStarts < 1 || acquisitionStarts > 1_000) {
            throw new IllegalArgumentException("acquisitionStarts must be in [1, 1000]: " + acquisitionStarts);
        }
        if (maxObservations < 2 || maxObservations > 5_000) {
            throw new IllegalArgumentException("maxObservations must be in [2, 5000]: " + maxObservations);
        }
    }

    /** The defaults. */
    public static GpOptions defaults() {
        return new GpOptions(10, 2, 256, 8, 200, true);
    }
}
