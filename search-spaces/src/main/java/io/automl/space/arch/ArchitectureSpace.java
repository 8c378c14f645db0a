package io.automl.space.arch;

import java.util.List;
import java.util.Objects;

/**
 * The declared architecture: {@code type} (such as {@code feedforward}), hidden blocks, the output layer and the
 * shape of one input example. Immutable.
 */
public record ArchitectureSpace(String type, List<BlockSpace> blocks, OutputSpace output, InputShape input) {
    public ArchitectureSpace {
        Objects.requireNonNull(type, "type");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(input, "input");
    }

    /** An architecture over flat feature rows. */
    public ArchitectureSpace(String type, List<BlockSpace> blocks, OutputSpace output) {
        this(type, blocks, output, InputShape.flat());
    }
}
