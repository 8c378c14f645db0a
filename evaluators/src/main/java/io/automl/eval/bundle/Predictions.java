package io.automl.eval.bundle;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** Predicted label names, one per CSV row in order, and the accuracy when the CSV carried labels. Immutable. */
public record Predictions(List<String> labels, OptionalDouble accuracy) {
    public Predictions {
        labels = List.copyOf(labels);
        Objects.requireNonNull(accuracy, "accuracy");
    }
}
