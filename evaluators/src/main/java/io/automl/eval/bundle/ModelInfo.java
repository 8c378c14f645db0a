package io.automl.eval.bundle;

import io.automl.space.arch.InputShape;
import java.util.List;
import java.util.Objects;

/**
 * What a trained model expects and predicts: the label column, class names (output index = class id),
 * the feature column names in input order and the shape those values form (flat features when absent, as in
 * models stored before shapes were recorded). Immutable.
 */
public record ModelInfo(String labelColumn, List<String> labelNames, List<String> featureNames, InputShape input) {
    public ModelInfo {
        Objects.requireNonNull(labelColumn, "labelColumn");
        labelNames = List.copyOf(labelNames);
        featureNames = List.copyOf(featureNames);
        input = input == null ? InputShape.flat() : input;
    }

    /** A model over flat feature rows. */
    public ModelInfo(String labelColumn, List<String> labelNames, List<String> featureNames) {
        this(labelColumn, labelNames, featureNames, InputShape.flat());
    }
}
