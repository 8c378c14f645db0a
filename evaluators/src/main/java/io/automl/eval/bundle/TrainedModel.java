package io.automl.eval.bundle;

import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.api.preprocessor.Normalizer;

/**
 * A restored model: the network, its normalizer (null when the data were not normalized) and its
 * {@link ModelInfo}. The network is not thread-safe; use one instance per thread.
 */
public record TrainedModel(MultiLayerNetwork network, Normalizer<?> normalizer, ModelInfo info) {
    public TrainedModel {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(info, "info");
    }
}
