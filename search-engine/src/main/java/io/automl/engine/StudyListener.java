package io.automl.engine;

/**
 * Hears of trials as a {@link StudyRunner} runs them (for progress output). Called on worker threads,
 * possibly concurrently, so implementations must be thread-safe; an exception thrown here is logged and
 * does not affect the trial.
 */
public interface StudyListener {

    /** A listener that does nothing. */
    StudyListener NONE = new StudyListener() {
    };

    /** {@code trial} was started or claimed by a worker of this process and is RUNNING. */
    default void trialStarted(TrialSnapshot trial) {
    }

    /** {@code trial} (as it was when it started) reported {@code value} at {@code step}, already stored. */
    default void trialReported(TrialSnapshot trial, int step, double value) {
    }

    /** {@code trial} reached a final state. */
    default void trialFinished(TrialSnapshot trial) {
    }
}
