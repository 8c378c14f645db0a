package io.automl.space;

import java.util.Map;
import java.util.Objects;

/**
 * Which sampler to use ({@code auto}, {@code random}, {@code grid}, ...), its seed and its type-specific options.
 * A space that names no sampler, or no sampler type, gets {@link #DEFAULT_TYPE}.
 */
public record SamplerSpec(String type, long seed, Map<String, Object> options) {
    /** The sampler of a space that names none: {@code auto}, which picks one per study. */
    public static final String DEFAULT_TYPE = "auto";

    public SamplerSpec {
        Objects.requireNonNull(type, "type");
        options = Map.copyOf(options);
    }
}
