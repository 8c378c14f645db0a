package io.automl.engine.sampler;

import java.util.Map;
import java.util.Set;

/** Reading of numeric sampler options with messages naming the option. */
final class Options {
    private Options() {
    }

    static int intOption(Map<String, Object> options, String key, int fallback, String owner) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException(owner + " option " + key + " must be an integer: " + v);
        }
        return n.intValue();
    }

    static void onlyKnown(Map<String, Object> options, Set<String> known, String what) {
        for (String key : options.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "' for " + what + "; known: "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}
