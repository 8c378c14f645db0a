package io.automl.space;

import java.util.Objects;

/**
 * Per-trial early stopping: stop when {@code metric} (a metric name or {@code val_loss}) has not
 * improved by more than {@code minDelta} for {@code patience} epochs.
 */
public record EarlyStopping(String metric, int patience, double minDelta) {
    public EarlyStopping {
        Objects.requireNonNull(metric, "metric");
        if (patience < 1 || minDelta < 0) {
            throw new IllegalArgumentException("patience must be >= 1 and minDelta >= 0");
        }
    }
}
