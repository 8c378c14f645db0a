package io.automl.space.arch;

import io.automl.space.Distribution;
import java.util.Objects;

/**
 * A block: {@code layer} repeated a number of times drawn from {@code repeat} (an int range or
 * constant); each repetition draws its own field values.
 */
public record BlockSpace(Distribution repeat, LayerSpace layer) {
    public BlockSpace {
        Objects.requireNonNull(repeat, "repeat");
        Objects.requireNonNull(layer, "layer");
    }
}
