package io.automl.space;

import java.util.Objects;

/**
 * One coordinate of the search: a named distribution with the condition under which it is active.
 * Keys are the parameter names for {@code params} and dotted paths such as {@code arch.b0.l1.units}
 * for architecture choices. {@code pointer} is the JSON pointer of its declaration, for messages.
 */
public record Dimension(String key, Distribution distribution, Condition condition, String pointer) {
    public Dimension {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** Whether this dimension takes a single value (a constant); samplers need not search it. */
    public boolean isFixed() {
        return distribution instanceof Constant;
    }
}
