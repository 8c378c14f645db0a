package io.automl.engine.schedule;

import java.util.Objects;

/**
 * A schedule request with an invalid field (the search space's own errors are reported by the parser's
 * exception instead): {@link #field()} names the request field, such as {@code cron} or {@code topK}.
 */
public final class InvalidScheduleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidScheduleException(String field, String message) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(message, "message"));
        this.field = field;
    }

    /** The request field at fault. */
    public String field() {
        return field;
    }
}
