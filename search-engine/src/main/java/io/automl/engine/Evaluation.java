package io.automl.engine;

import java.util.Map;

/**
 * What an evaluator returns for a trial that ran to the end: the objective {@code value}, other
 * {@code metrics} and attributes (epochs trained, provenance) to store with the trial, and named
 * binary {@code artifacts} such as the trained model.
 */
public record Evaluation(double value, Map<String, Object> attributes, Map<String, byte[]> artifacts) {
    public Evaluation {
        attributes = Map.copyOf(attributes);
        artifacts = Map.copyOf(artifacts);
    }
}
