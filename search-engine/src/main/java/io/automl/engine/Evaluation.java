package io.automl.engine;

import java.util.Map;

/**
 * What an evaluator returns for a trial that ran to the end: the primary objective {@code value}, attributes
 * (epochs trained, provenance) to store with the trial, named binary {@code artifacts} such as the trained
 * model, and the named {@code metrics} it measured, from which the engine reads the objectives and
 * constraints of a multi-objective space.
 */
public record Evaluation(double value, Map<String, Object> attributes, Map<String, byte[]> artifacts,
        Map<String, Double> metrics) {
    public Evaluation {
        attributes = Map.copyOf(attributes);
        artifacts = Map.copyOf(artifacts);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    /** An evaluation without named metrics. */
    public Evaluation(double value, Map<String, Object> attributes, Map<String, byte[]> artifacts) {
        this(value, attributes, artifacts, Map.of());
    }
}
