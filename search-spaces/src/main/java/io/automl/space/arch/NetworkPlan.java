package io.automl.space.arch;

import java.util.List;
import java.util.Objects;

/** The concrete network of one candidate: input shape, hidden layers in order, then the output layer. Immutable. */
public record NetworkPlan(List<LayerPlan> layers, OutputSpace output, InputShape input) {
    public NetworkPlan {
        layers = List.copyOf(layers);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(input, "input");
    }

    /** A plan over flat feature rows. */
    public NetworkPlan(List<LayerPlan> layers, OutputSpace output) {
        this(layers, output, InputShape.flat());
    }
}
