package io.automl.space.parse;

import java.util.Objects;

/**
 * One problem in a search-space document.
 *
 * <p>{@code pointer} is the RFC 6901 JSON pointer of the offending field (the root is {@code ""}; for a
 * missing required field it is the pointer the field would have); {@code message} says what is wrong
 * and what is expected; {@code value} is the offending value rendered as JSON text (a {@link String}
 * such as {@code "\"relux\""} or {@code "-1"}), or null when there is no value (a missing field).
 * Immutable and thread-safe.
 */
public record SpaceError(String pointer, String message, Object value) {
    public SpaceError {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        String at = pointer.isEmpty() ? "(document)" : pointer;
        return value == null ? at + ": " + message : at + ": " + message + " (got " + value + ")";
    }
}
