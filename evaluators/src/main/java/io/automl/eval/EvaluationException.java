package io.automl.eval;

/**
 * A candidate that cannot be trained or scored, with a message meant for the user (the engine stores
 * it as the failed trial's reason): "loss became NaN at epoch 3", "network has 123,456,789 parameters,
 * limit 20,000,000", "unknown activation 'foo' ...".
 */
public class EvaluationException extends Exception {
    private static final long serialVersionUID = 1L;

    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
