package io.automl.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One candidate: the values of the active dimensions of a {@link SearchSpace}, keyed by
 * {@link Dimension#key()}, in dimension order. Inactive dimensions are absent. Immutable.
 */
public record Config(Map<String, Object> values) {
    public Config {
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether {@code key} is active in this configuration. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The raw value of {@code key}; throws when it is absent. */
    public Object get(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no value for '" + key + "' in " + values);
        }
        return v;
    }

    /** {@code key} as a double. */
    public double getDouble(String key) {
        return ((Number) get(key)).doubleValue();
    }

    /** {@code key} as an int. */
    public int getInt(String key) {
        return ((Number) get(key)).intValue();
    }

    /** {@code key} as a string. */
    public String getString(String key) {
        return String.valueOf(get(key));
    }

    /** {@code key} as a double, or {@code fallback} when inactive. */
    public double getDouble(String key, double fallback) {
        return values.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }

    /** {@code key} as a string, or {@code fallback} when inactive. */
    public String getString(String key, String fallback) {
        Object v = values.get(key);
        return v == null ? fallback : String.valueOf(v);
    }
}
