package io.automl.engine.sampler.tpe;

/**
 * Settings of {@link TpeSampler}: {@code startupTrials} random trials before the model is used (default
 * 10), {@code eiCandidates} drawn from the good estimator per sample (default 48), {@code multivariate}
 * (default false) to model dimensions that are active together jointly, {@code priorWeight} (default 1.0),
 * {@code constantLiar} (default true) to count running trials as bad ones, and {@code maxObservations}
 * (default 1000), the most observations of the bad group used per fit (the most recent ones).
 */
public record TpeOptions(int startupTrials, int eiCandidates, boolean multivariate, double priorWeight,
        boolean constantLiar, int maxObservations) {
    public TpeOptions {
        if (startupTrials < 0) {
            throw new IllegalArgumentException("startupTrials must be >= 0: " + startupTrials);
        }
        if (eiCandidates < 1) {
            throw new IllegalArgumentException("eiCandidates must be >= 1: " + eiCandidates);
        }
        if (!(priorWeight > 0)) {
            throw new IllegalArgumentException("priorWeight must be > 0: " + priorWeight);
        }
        if (maxObservations < 1 || maxObservations > 1_000_000) {
            throw new IllegalArgumentException("maxObservations must be in [1, 1000000]: " + maxObservations);
        }
    }

    /** The defaults: Optuna's TPESampler's, except 48 candidates rather than 24 and the constant liar on. */
    public static TpeOptions defaults() {
        return new TpeOptions(10, 48, false, 1.0, true, 1000);
    }
}
