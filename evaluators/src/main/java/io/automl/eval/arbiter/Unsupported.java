package io.automl.eval.arbiter;

/** A single Arbiter value with no counterpart in the format; the message says what is supported. */
final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
        super(message);
    }
}
