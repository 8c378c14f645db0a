package io.automl.space.arch;

import java.util.List;
import java.util.Objects;

/** The concrete network of one candidate: hidden layers in order, then the output layer. */
public record NetworkPlan(List<LayerPlan> layers, OutputSpace output) {
    public NetworkPlan {
        layers = List.copyOf(layers);
        Objects.requireNonNull(output, "output");
    }
}
