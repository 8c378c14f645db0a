package io.automl.space;

/**
 * How much a study may spend: {@code trials} in total, at most {@code epochs} per trial,
 * {@code minutes} of wall time for the whole study (0: no limit), {@code parallelism} concurrent trials,
 * {@code trialMinutes} per trial (0: no limit), and the size guard for each candidate network:
 * {@code maxParameters} trainable parameters and {@code maxActivationMB} of estimated activation memory
 * (0: the evaluator's defaults). Immutable.
 */
public record Budget(int trials, int epochs, double minutes, int parallelism, double trialMinutes, long maxParameters,
        double maxActivationMB) {
    public Budget {
        if (trials < 1 || epochs < 1 || minutes < 0 || parallelism < 1 || trialMinutes < 0 || maxParameters < 0
                || maxActivationMB < 0) {
            throw new IllegalArgumentException("invalid budget: trials=" + trials + " epochs=" + epochs
                    + " minutes=" + minutes + " parallelism=" + parallelism + " trialMinutes=" + trialMinutes
                    + " maxParameters=" + maxParameters + " maxActivationMB=" + maxActivationMB);
        }
    }

    /** A budget with the evaluator's default size guard. */
    public Budget(int trials, int epochs, double minutes, int parallelism, double trialMinutes) {
        this(trials, epochs, minutes, parallelism, trialMinutes, 0, 0);
    }

    /** This budget with another trial count. */
    public Budget withTrials(int n) {
        return new Budget(n, epochs, minutes, parallelism, trialMinutes, maxParameters, maxActivationMB);
    }

    /** This budget with another parallelism. */
    public Budget withParallelism(int n) {
        return new Budget(trials, epochs, minutes, n, trialMinutes, maxParameters, maxActivationMB);
    }
}
