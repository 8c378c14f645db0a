package io.automl.engine;

import io.automl.space.Config;
import java.time.Instant;
import java.util.Optional;

/**
 * The live handle an {@link Evaluator} trains one candidate through. Not shared between threads:
 * one trial, one evaluating thread.
 */
public interface Trial {

    /** The trial's number within its study. */
    int number();

    /** The candidate configuration. */
    Config config();

    /** The seed this trial must draw all its randomness from. */
    long seed();

    /**
     * Reports the objective at {@code step} (an epoch, or a program's step), storing it as an
     * intermediate value.
     */
    void report(int step, double value);

    /** Whether the pruner asks this trial to stop now, given the values reported so far. */
    boolean shouldPrune();

    /** When the trial must end at the latest (per-trial and study time budgets), if bounded. */
    Optional<Instant> deadline();

    /** The number of CPU threads this trial may use (its worker's share of the cores). */
    int threads();
}
