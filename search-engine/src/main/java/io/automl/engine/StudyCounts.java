package io.automl.engine;

/** How many trials of a study are in each state. */
public record StudyCounts(int waiting, int running, int complete, int pruned, int failed, int cancelled) {

    /** Trials that reached a final state other than CANCELLED. */
    public int finished() {
        return complete + pruned + failed;
    }

    /** Trials that count against the study's trial budget (all but CANCELLED). */
    public int budgeted() {
        return waiting + running + complete + pruned + failed;
    }
}
