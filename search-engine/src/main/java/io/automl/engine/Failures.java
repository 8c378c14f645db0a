package io.automl.engine;

/** Readable reasons for failed trials. */
final class Failures {
    private static final int MAX_LENGTH = 2000;

    private Failures() {
    }

    /** "SimpleName: message", followed by the first cause the same way. */
    static String reason(Throwable t) {
        StringBuilder sb = new StringBuilder(describe(t));
        Throwable cause = t.getCause();
        if (cause != null && cause != t) {
            sb.append(" (caused by ").append(describe(cause)).append(')');
        }
        return sb.length() > MAX_LENGTH ? sb.substring(0, MAX_LENGTH) + "..." : sb.toString();
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
