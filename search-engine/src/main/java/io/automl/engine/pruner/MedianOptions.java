package io.automl.engine.pruner;

/**
 * Options of {@link MedianPruner}.
 *
 * @param warmupSteps steps below this are never pruned, {@code >= 0} (default 1)
 * @param minTrials complete trials that must have reported a step before it prunes there, {@code >= 1}
 *     (default 4)
 */
public record MedianOptions(int warmupSteps, int minTrials) {
    public MedianOptions {
        if (warmupSteps < 0) {
            throw new IllegalArgumentException("warmupSteps must be >= 0: " + warmupSteps);
        }
        if (minTrials < 1) {
            throw new IllegalArgumentException("minTrials must be >= 1: " + minTrials);
        }
    }

    /** One warm-up step, four complete trials. */
    public static MedianOptions defaults() {
        return new MedianOptions(1, 4);
    }
}
