package io.automl.engine;

/** Thrown by an evaluator when the pruner stopped its trial; carries the last reported value, if any. */
public class TrialPrunedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Double lastValue;

    public TrialPrunedException(int step, Double lastValue) {
        super("pruned at step " + step);
        this.lastValue = lastValue;
    }

    /** The value last reported before pruning, or null. */
    public Double lastValue() {
        return lastValue;
    }
}
