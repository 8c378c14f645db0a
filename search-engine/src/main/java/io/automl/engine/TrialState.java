package io.automl.engine;

/** The life cycle of a trial. WAITING and RUNNING are live; the others are final. */
public enum TrialState {
    WAITING, RUNNING, COMPLETE, PRUNED, FAILED, CANCELLED;

    /** Whether no further change is allowed. */
    public boolean isFinished() {
        return this != WAITING && this != RUNNING;
    }
}
