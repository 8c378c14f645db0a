package io.automl.eval.arbiter;

import java.util.Objects;

/**
 * What an Arbiter space does not hold (Arbiter keeps its data and score function in Java code): the study
 * {@code name}, the CSV {@code dataset} path and its {@code label} column, the objective {@code metric} and its
 * {@code direction} (null: the metric's usual direction). Immutable.
 */
public record ImportOptions(String name, String dataset, String label, String metric, String direction) {
    public ImportOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(metric, "metric");
        if (direction != null && !direction.equals("maximize") && !direction.equals("minimize")) {
            throw new IllegalArgumentException("direction must be maximize or minimize: " + direction);
        }
    }

    /** Accuracy, maximized, on {@code dataset} with its {@code label} column. */
    public static ImportOptions of(String name, String dataset, String label) {
        return new ImportOptions(name, dataset, label, "accuracy", "maximize");
    }
}
