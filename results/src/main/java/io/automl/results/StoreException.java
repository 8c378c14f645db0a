package io.automl.results;

/**
 * Thrown when the database fails in a way the caller cannot fix by changing its arguments: a lost
 * connection, a failed migration, or a transient conflict that persisted through every retry. The
 * cause is the underlying {@link java.sql.SQLException}, when there is one.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
