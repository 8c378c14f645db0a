package io.automl.space;

import java.util.List;
import java.util.Objects;

/**
 * Who trains a candidate: {@code dl4j} (the built-in trainer) or {@code command} (an external
 * program given the config on stdin), with the command line and a per-trial timeout in seconds (0: none).
 */
public record EvaluatorSpec(String type, List<String> command, double timeoutSeconds) {
    public EvaluatorSpec {
        Objects.requireNonNull(type, "type");
        command = List.copyOf(command);
    }

    /** The built-in DL4J trainer. */
    public static EvaluatorSpec dl4j() {
        return new EvaluatorSpec("dl4j", List.of(), 0);
    }
}
