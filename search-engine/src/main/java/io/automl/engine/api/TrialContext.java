package io.automl.engine.api;

import io.automl.engine.Trial;
import io.automl.engine.TrialPrunedException;

/**
 * The live trial an {@link Objective} receives: the engine's {@link Trial} (configuration, seed,
 * intermediate reports, pruning decisions) plus a helper that reports and stops in one call. Used by the
 * one thread evaluating the trial; not shared between threads.
 */
public interface TrialContext extends Trial {

    /**
     * Reports {@code value} at {@code step}, then throws {@link TrialPrunedException} when the study's
     * pruner asks this trial to stop; the trial is then stored as PRUNED with {@code value} as its value.
     */
    default void pruneIfAsked(int step, double value) throws TrialPrunedException {
        report(step, value);
        if (shouldPrune()) {
            throw new TrialPrunedException(step, value);
        }
    }
}
