package io.automl.space;

import java.util.Map;
import java.util.Objects;

/** Which pruner to use ({@code none}, {@code median}, {@code asha}, ...) and its options. */
public record PrunerSpec(String type, Map<String, Object> options) {
    public PrunerSpec {
        Objects.requireNonNull(type, "type");
        options = Map.copyOf(options);
    }

    /** No pruning. */
    public static PrunerSpec none() {
        return new PrunerSpec("none", Map.of());
    }
}
