package io.automl.engine;

/**
 * Trains and scores one candidate. Implementations may be called from several worker threads at
 * once, each with its own {@link Trial}, and must be thread-safe.
 */
public interface Evaluator {

    /**
     * Evaluates {@code trial}, reporting intermediate values through it and checking
     * {@link Trial#shouldPrune()} as it goes.
     *
     * @throws TrialPrunedException when the pruner stopped the trial
     * @throws Exception on any failure; the trial becomes FAILED with the exception's message as reason
     */
    Evaluation evaluate(Trial trial) throws Exception;

    /**
     * Scores a finished trial on the held-out test split, given the artifacts its evaluation stored
     * (such as {@code model}). Called once per study, for the best trial only. Returns metrics named
     * with a {@code test_} prefix; empty when this evaluator has no test split.
     */
    default java.util.Map<String, Object> scoreOnTest(TrialSnapshot trial, java.util.Map<String, byte[]> artifacts)
            throws Exception {
        return java.util.Map.of();
    }
}
