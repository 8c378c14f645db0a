package io.automl.space;

import java.util.Map;
import java.util.Objects;

/** Which sampler to use ({@code random}, {@code grid}, ...), its seed and its type-specific options. */
public record SamplerSpec(String type, long seed, Map<String, Object> options) {
    public SamplerSpec {
        Objects.requireNonNull(type, "type");
        options = Map.copyOf(options);
    }
}
