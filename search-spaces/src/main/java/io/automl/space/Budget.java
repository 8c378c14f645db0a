package io.automl.space;

/**
 * How much a study may spend: {@code trials} in total, at most {@code epochs} per trial,
 * {@code minutes} of wall time for the whole study (0: no limit), {@code parallelism} concurrent trials,
 * and {@code trialMinutes} per trial (0: no limit).
 */
public record Budget(int trials, int epochs, double minutes, int parallelism, double trialMinutes) {
    public Budget {
        if (trials < 1 || epochs < 1 || minutes < 0 || parallelism < 1 || trialMinutes < 0) {
            throw new IllegalArgumentException("invalid budget: trials=" + trials + " epochs=" + epochs
                    + " minutes=" + minutes + " parallelism=" + parallelism + " trialMinutes=" + trialMinutes);
        }
    }

    /** This budget with another trial count. */
    public Budget withTrials(int n) {
        return new Budget(n, epochs, minutes, parallelism, trialMinutes);
    }

    /** This budget with another parallelism. */
    public Budget withParallelism(int n) {
        return new Budget(trials, epochs, minutes, n, trialMinutes);
    }
}
