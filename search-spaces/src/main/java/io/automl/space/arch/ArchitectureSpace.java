package io.automl.space.arch;

import java.util.List;
import java.util.Objects;

/** The declared architecture: {@code type} (such as {@code feedforward}), hidden blocks and the output layer. */
public record ArchitectureSpace(String type, List<BlockSpace> blocks, OutputSpace output) {
    public ArchitectureSpace {
        Objects.requireNonNull(type, "type");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(output, "output");
    }
}
