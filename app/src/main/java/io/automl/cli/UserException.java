package io.automl.cli;

/** A failure caused by the user's input (a missing file, an unknown study); exit code 2. */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
