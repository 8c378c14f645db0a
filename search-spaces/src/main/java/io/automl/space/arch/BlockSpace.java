package io.automl.space.arch;

import io.automl.space.Distribution;
import java.util.Objects;

/**
 * A block: {@code layer} repeated a number of times drawn from {@code repeat} (an int range or
 * constant); each repetition draws its own field values. {@code keep} is the probability that the block is
 * present at all: 1 for a mandatory block, below 1 for an optional one (which adds an {@code on} dimension).
 * Immutable.
 */
public record BlockSpace(Distribution repeat, LayerSpace layer, double keep) {
    public BlockSpace {
        Objects.requireNonNull(repeat, "repeat");
        Objects.requireNonNull(layer, "layer");
        if (!(keep > 0 && keep <= 1)) {
            throw new IllegalArgumentException("keep must be in (0, 1]: " + keep);
        }
    }

    /** A mandatory block. */
    public BlockSpace(Distribution repeat, LayerSpace layer) {
        this(repeat, layer, 1.0);
    }

    /** Whether the block may be left out. */
    public boolean optional() {
        return keep < 1;
    }
}
