package io.automl.space;

import java.util.List;
import java.util.Objects;

/**
 * Who trains a candidate: {@code dl4j} (the built-in trainer), {@code command} (an external program given the
 * config on stdin) or {@code library} (a Java objective in the program that created the study through the
 * library API, which servers and workers never run), with the command line and a per-trial timeout in seconds
 * (0: none).
 */
public record EvaluatorSpec(String type, List<String> command, double timeoutSeconds) {
    public EvaluatorSpec {
        Objects.requireNonNull(type, "type");
        command = List.copyOf(command);
    }

    /** The type of spaces whose objective runs in the program that created the study. */
    public static final String LIBRARY = "library";

    /** The built-in DL4J trainer. */
    public static EvaluatorSpec dl4j() {
        return new EvaluatorSpec("dl4j", List.of(), 0);
    }

    /** A Java objective in the program that created the study. */
    public static EvaluatorSpec library() {
        return new EvaluatorSpec(LIBRARY, List.of(), 0);
    }

    /** Whether trials run in the program that created the study rather than in servers or workers. */
    public boolean isLibrary() {
        return type.equals(LIBRARY);
    }
}
