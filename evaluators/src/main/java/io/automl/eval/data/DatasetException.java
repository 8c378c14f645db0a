package io.automl.eval.data;

/**
 * A problem with a user's data file (missing file, missing column, non-numeric cell, too few classes).
 * The message names the file, row and column so the user can fix the data.
 */
public class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
