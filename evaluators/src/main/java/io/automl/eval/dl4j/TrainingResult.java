package io.automl.eval.dl4j;

import java.util.Objects;

/**
 * The outcome of a training run: epochs trained, the best epoch by the objective and its validation
 * metrics, why training stopped ({@code max_epochs}, {@code early_stopping}, {@code deadline}) and the
 * training wall time. Immutable.
 */
public record TrainingResult(int epochs, int bestEpoch, EpochMetrics best, String stopReason, double seconds) {
    public TrainingResult {
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(stopReason, "stopReason");
        if (bestEpoch < 1 || bestEpoch > epochs) {
            throw new IllegalArgumentException("bestEpoch must be in [1, epochs]: " + bestEpoch + " of " + epochs);
        }
    }
}
