package io.automl.eval.bundle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A model's predictions for a file's rows, in order: {@code labels} holds one line of output per row (the
 * predicted class name, or for regression the predicted value as text), {@code values} the predicted numbers of a
 * regression model (empty for classification), and {@code metrics} the scores against the file's own labels or
 * targets when it had them ({@code accuracy}; or {@code mse}, {@code mae}, {@code r2}), else empty. Immutable.
 */
public record Predictions(List<String> labels, List<Double> values, Map<String, Double> metrics) {
    public Predictions {
        labels = List.copyOf(labels);
        values = List.copyOf(values);
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metrics, "metrics")));
    }

    /** Class predictions, with the accuracy when the rows were labelled. */
    public static Predictions classes(List<String> labels, OptionalDouble accuracy) {
        return new Predictions(labels, List.of(), accuracy.isPresent() ? Map.of("accuracy", accuracy.getAsDouble())
                : Map.of());
    }

    /** The accuracy against the file's labels, when it had them (classification). */
    public OptionalDouble accuracy() {
        Double a = metrics.get("accuracy");
        return a == null ? OptionalDouble.empty() : OptionalDouble.of(a);
    }
}
