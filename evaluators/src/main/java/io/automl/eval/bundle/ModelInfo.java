package io.automl.eval.bundle;

import java.util.List;
import java.util.Objects;

/**
 * What a trained model expects and predicts: the label column, class names (output index = class id)
 * and the feature column names in input order. Immutable.
 */
public record ModelInfo(String labelColumn, List<String> labelNames, List<String> featureNames) {
    public ModelInfo {
        Objects.requireNonNull(labelColumn, "labelColumn");
        labelNames = List.copyOf(labelNames);
        featureNames = List.copyOf(featureNames);
    }
}
