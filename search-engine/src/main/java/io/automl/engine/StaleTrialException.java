package io.automl.engine;

/**
 * Thrown by a {@link TrialStore} when a write targets a trial that is already finished, or one whose
 * lease now belongs to another worker (a late result from a reclaimed trial).
 */
public class StaleTrialException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleTrialException(String message) {
        super(message);
    }
}
