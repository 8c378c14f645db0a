package io.automl.space;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a dimension is active. An inactive dimension is absent from the configuration.
 * Implementations are immutable and thread-safe.
 */
public sealed interface Condition {

    /** Whether the condition holds for the (partial) configuration decoded so far. */
    boolean test(Map<String, Object> values);

    /** The keys this condition reads; they always precede the guarded dimension. */
    List<String> keys();

    /** Always active. */
    Condition ALWAYS = new All(List.of());

    /** Active when the parameter {@code key} is present and takes one of {@code values}. */
    record OneOf(String key, List<Object> values) implements Condition {
        public OneOf {
            Objects.requireNonNull(key, "key");
            values = List.copyOf(values);
        }

        @Override
        public boolean test(Map<String, Object> config) {
            Object v = config.get(key);
            if (v == null) {
                return false;
            }
            for (Object allowed : values) {
                if (Values.same(allowed, v)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public List<String> keys() {
            return List.of(key);
        }
    }

    /** Active when the integer parameter {@code key} is present and at least {@code min}. */
    record AtLeast(String key, int min) implements Condition {
        public AtLeast {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public boolean test(Map<String, Object> config) {
            return config.get(key) instanceof Number n && n.intValue() >= min;
        }

        @Override
        public List<String> keys() {
            return List.of(key);
        }
    }

    /** Active when every part holds (and always, when there are none). */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Map<String, Object> config) {
            for (Condition c : parts) {
                if (!c.test(config)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public List<String> keys() {
            return parts.stream().flatMap(p -> p.keys().stream()).distinct().toList();
        }
    }

    /** The conjunction of this condition and {@code other}. */
    default Condition and(Condition other) {
        if (this == ALWAYS || (this instanceof All a && a.parts().isEmpty())) {
            return other;
        }
        if (other == ALWAYS || (other instanceof All b && b.parts().isEmpty())) {
            return this;
        }
        return new All(List.of(this, other));
    }
}
