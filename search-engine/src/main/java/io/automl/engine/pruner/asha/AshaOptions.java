package io.automl.engine.pruner.asha;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of successive halving: the first rung at step {@code minResource} (option {@code minResource},
 * or its alias {@code minEpochs}; default 1), {@code reductionFactor} (default 3, at least 2) and
 * {@code minEarlyStoppingRate} (default 0): rung {@code k} sits at step
 * {@code minResource * reductionFactor^(minEarlyStoppingRate + k)}.
 */
public record AshaOptions(int minResource, int reductionFactor, int minEarlyStoppingRate) {
    public AshaOptions {
        if (minResource < 1) {
            throw new IllegalArgumentException("minResource must be >= 1: " + minResource);
        }
        if (reductionFactor < 2) {
            throw new IllegalArgumentException("reductionFactor must be >= 2: " + reductionFactor);
        }
        if (minEarlyStoppingRate < 0) {
            throw new IllegalArgumentException("minEarlyStoppingRate must be >= 0: " + minEarlyStoppingRate);
        }
    }

    /** Options from a pruner options map; {@code extra} names further keys the caller accepts. */
    static AshaOptions fromMap(Map<String, Object> options, String pruner, Set<String> extra) {
        Set<String> known = new TreeSet<>(Set.of("minResource", "minEpochs", "reductionFactor",
                "minEarlyStoppingRate"));
        known.addAll(extra);
        for (String key : options.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "' for pruner '" + pruner + "'; known: "
                        + String.join(", ", known));
            }
        }
        if (options.containsKey("minResource") && options.containsKey("minEpochs")) {
            throw new IllegalArgumentException("pruner '" + pruner + "': give minResource or minEpochs, not both");
        }
        int min = integer(options, options.containsKey("minEpochs") ? "minEpochs" : "minResource", 1, pruner);
        return new AshaOptions(min, integer(options, "reductionFactor", 3, pruner),
                integer(options, "minEarlyStoppingRate", 0, pruner));
    }

    /** The step of rung {@code k}, saturating at {@code Integer.MAX_VALUE}. */
    long rungStep(int k) {
        double step = minResource * Math.pow(reductionFactor, (double) minEarlyStoppingRate + k);
        return step >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) step;
    }

    static int integer(Map<String, Object> options, String key, int fallback, String pruner) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException("pruner '" + pruner + "' option " + key + " must be an integer: " + v);
        }
        return n.intValue();
    }
}
