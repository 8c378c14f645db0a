package io.automl.engine;

/**
 * Decides whether a running trial should stop early, from the study history alone. Thread-safe and
 * stateless.
 */
public interface Pruner {

    /** Whether {@code trial}, with the intermediate values it reported so far, should stop now. */
    boolean shouldPrune(StudyView study, TrialSnapshot trial);
}
