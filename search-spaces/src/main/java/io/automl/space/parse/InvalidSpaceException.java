package io.automl.space.parse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link SpaceParser} when a search-space document is malformed or invalid. Carries every
 * problem found, in document order; the message lists them one per line. Immutable.
 */
public final class InvalidSpaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<SpaceError> errors;

    /** Creates the exception; {@code errors} must not be empty. */
    public InvalidSpaceException(List<SpaceError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    /** Creates the exception for a document that could not be read at all, keeping the cause. */
    public InvalidSpaceException(SpaceError error, Throwable cause) {
        super(describe(List.of(error)), cause);
        this.errors = List.of(error);
    }

    /** Every problem, in document order. */
    public List<SpaceError> errors() {
        return errors;
    }

    /** Every problem on one line, {@code pointer: message} separated by semicolons (for a study's reason). */
    public String reason() {
        return errors.stream().map(e -> (e.pointer().isEmpty() ? "" : e.pointer() + ": ") + e.message())
                .collect(Collectors.joining("; "));
    }

    private static String describe(List<SpaceError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("errors must not be empty");
        }
        return errors.size() + (errors.size() == 1 ? " error" : " errors") + " in search space:\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n"));
    }
}
