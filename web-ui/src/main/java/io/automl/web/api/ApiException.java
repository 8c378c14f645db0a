package io.automl.web.api;

/** A request that cannot be served, with the HTTP status to answer and a message for the client. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an error status: " + status);
        }
        this.status = status;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException conflict(String message) {
        return new ApiException(409, message);
    }
}
