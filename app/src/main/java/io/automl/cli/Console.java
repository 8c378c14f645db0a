package io.automl.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * Where a command writes: results to {@code out}, progress and errors to {@code err}; whether
 * {@code err} is an interactive terminal (for the live progress bar); the process environment.
 */
public record Console(PrintStream out, PrintStream err, boolean interactive, Map<String, String> env) {
    public Console {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
    }

    /** Writes {@code message} to {@code err} as a warning of the {@code automl} program. */
    public void warn(String message) {
        err.println("automl: warning: " + message);
    }
}
