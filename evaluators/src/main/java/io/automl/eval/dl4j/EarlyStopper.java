package io.automl.eval.dl4j;

import io.automl.space.EarlyStopping;

/**
 * Tracks one early-stopping metric across epochs: stop once it has not improved by more than
 * {@code minDelta} (in the metric's own direction: losses down, accuracy and F1 up) for
 * {@code patience} epochs in a row. Not thread-safe: one per training run.
 */
final class EarlyStopper {
    private final EarlyStopping rule;
    private final boolean larger;
    private double best = Double.NaN;
    private int stale;

    EarlyStopper(EarlyStopping rule) {
        this.rule = rule;
        this.larger = EpochMetrics.largerIsBetter(rule.metric());
    }

    /** Records this epoch's metrics; returns whether training should stop now. */
    boolean update(EpochMetrics m) {
        double v = m.get(rule.metric());
        double gain = Double.isNaN(best) ? Double.POSITIVE_INFINITY : (larger ? v - best : best - v);
        if (gain > rule.minDelta()) {
            best = v;
            stale = 0;
        } else {
            stale++;
        }
        return stale >= rule.patience();
    }
}
