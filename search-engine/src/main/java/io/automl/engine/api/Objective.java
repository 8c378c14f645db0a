package io.automl.engine.api;

/**
 * The function a {@link Study} optimizes: scores one candidate, given as a live {@link TrialContext}.
 *
 * <p>Return the objective value (finite; a NaN or infinite value fails the trial). Report intermediate
 * values with {@link TrialContext#report(int, double)} and stop early when the pruner asks, by calling
 * {@link TrialContext#pruneIfAsked(int, double)} or throwing {@link io.automl.engine.TrialPrunedException}:
 * the trial is then PRUNED. Any other exception makes the trial FAILED with the exception's message as
 * reason, and the study goes on. With parallelism above one, several threads call the objective at once
 * (each with its own trial), so it must be thread-safe.
 */
@FunctionalInterface
public interface Objective {

    /** Scores {@code trial}'s configuration. */
    double evaluate(TrialContext trial) throws Exception;
}
