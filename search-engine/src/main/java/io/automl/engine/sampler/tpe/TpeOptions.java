package io.automl.engine.sampler.tpe;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of {@link TpeSampler}: {@code startupTrials} random trials before the model is used (default
 * 10), {@code eiCandidates} drawn from the good estimator per sample (default 48), {@code multivariate}
 * (default false) to model dimensions that are active together jointly, {@code priorWeight} (default 1.0),
 * {@code constantLiar} (default true) to count running trials as bad ones, and {@code maxObservations}
 * (default 1000), the most observations of the bad group used per fit (the most recent ones).
 */
public record TpeOptions(int startupTrials, int eiCandidates, boolean multivariate, double priorWeight,
        boolean constantLiar, int maxObservations) {
    private static final Set<String> KNOWN = Set.of("startupTrials", "eiCandidates", "multivariate", "priorWeight",
            "constantLiar", "maxObservations");

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

    /** Options from a sampler options map; unknown keys and ill-typed values are errors naming the key. */
    public static TpeOptions fromMap(Map<String, Object> options) {
        for (String key : options.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "' for sampler 'tpe'; known: "
                        + String.join(", ", new TreeSet<>(KNOWN)));
            }
        }
        TpeOptions d = defaults();
        return new TpeOptions(integer(options, "startupTrials", d.startupTrials()),
                integer(options, "eiCandidates", d.eiCandidates()),
                bool(options, "multivariate", d.multivariate()),
                number(options, "priorWeight", d.priorWeight()),
                bool(options, "constantLiar", d.constantLiar()),
                integer(options, "maxObservations", d.maxObservations()));
    }

    private static int integer(Map<String, Object> options, String key, int fallback) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException("sampler 'tpe' option " + key + " must be an integer: " + v);
        }
        return n.intValue();
    }

    private static double number(Map<String, Object> options, String key, double fallback) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("sampler 'tpe' option " + key + " must be a number: " + v);
        }
        return n.doubleValue();
    }

    private static boolean bool(Map<String, Object> options, String key, boolean fallback) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException("sampler 'tpe' option " + key + " must be true or false: " + v);
        }
        return b;
    }
}
