package io.automl.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.automl.space.parse.SpaceError;
import java.util.List;
import java.util.Objects;

/**
 * The JSON body of every error response: the HTTP status, a readable message and, for invalid input,
 * every problem with its JSON pointer and offending value. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String message, List<FieldError> errors) {
    public ApiError {
        Objects.requireNonNull(message, "message");
        errors = errors == null ? null : List.copyOf(errors);
    }

    /** One invalid field: its RFC 6901 pointer, what is wrong, and the offending value as JSON text (or null). */
    public record FieldError(String pointer, String message, Object value) {
        public FieldError {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(message, "message");
        }

        static FieldError of(SpaceError e) {
            return new FieldError(e.pointer(), e.message(), e.value());
        }
    }
}
