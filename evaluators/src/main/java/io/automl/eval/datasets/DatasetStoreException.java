package io.automl.eval.datasets;

/**
 * A request about named data sets that cannot be met, with its {@link Kind}: bad input (a bad name, a file that is
 * no data set, an unsafe zip entry), too large, no such name, or a conflict (the name exists, or a study uses it).
 */
public final class DatasetStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request failed; the REST API maps these to 400, 413, 404 and 409. */
    public enum Kind { INVALID, TOO_LARGE, NOT_FOUND, CONFLICT }

    private final Kind kind;

    public DatasetStoreException(Kind kind, String message) {
        super(message);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    public DatasetStoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
