package io.automl.engine.pruner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Pruner;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.sampler.History;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What every successive-halving style {@link Pruner} must do, with minimum resource 1, reduction factor
 * 3 and trials of at most 9 steps: nothing is pruned without a learning curve, alone, or at a step that
 * is not a rung; the best trial is never pruned; a trial worse than every peer at step 9 (a rung of every
 * bracket) is; directions are honoured; decisions depend on the history alone.
 */
public abstract class PrunerContract {

    /** The pruner under test, for trials of at most {@code maxResource} steps. */
    protected abstract Pruner create(Map<String, Object> options, int maxResource);

    private Pruner pruner() {
        return create(Map.of("minResource", 1, "reductionFactor", 3), 9);
    }

    /** 60 finished trials with random curves of 9 steps in [0, 1]; some PRUNED with shorter curves. */
    protected static History peers(Direction direction) {
        History h = new History(direction);
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 60; i++) {
            int steps = i % 4 == 0 ? 3 : 9;
            double[] v = new double[steps];
            for (int s = 0; s < steps; s++) {
                v[s] = r.nextDouble();
            }
            TrialState state = steps == 9 ? TrialState.COMPLETE : TrialState.PRUNED;
            h.add(state, new Config(Map.of()), r.nextLong(), v[steps - 1], History.curve(v));
        }
        return h;
    }

    private static TrialSnapshot candidate(History h, double value, int steps) {
        double[] v = new double[steps];
        java.util.Arrays.fill(v, value);
        return h.add(TrialState.RUNNING, new Config(Map.of()), 123456789L, null, History.curve(v));
    }

    @Test
    void nothingIsPrunedWithoutACurveOrAlone() {
        History h = new History(Direction.MINIMIZE);
        TrialSnapshot empty = h.add(TrialState.RUNNING, new Config(Map.of()), 1, null, new TreeMap<>());
        assertFalse(pruner().shouldPrune(h, empty));
        History alone = new History(Direction.MINIMIZE);
        TrialSnapshot only = candidate(alone, 1e9, 9);
        assertFalse(pruner().shouldPrune(alone, only));
    }

    @Test
    void theBestTrialIsNeverPrunedAndTheWorstIsAtTheFinalRung() {
        for (Direction direction : Direction.values()) {
            double good = direction == Direction.MINIMIZE ? -1 : 2;
            double bad = direction == Direction.MINIMIZE ? 2 : -1;
            for (int steps = 1; steps <= 9; steps++) {
                History h = peers(direction);
                assertFalse(pruner().shouldPrune(h, candidate(h, good, steps)), direction + " best at " + steps);
            }
            History h = peers(direction);
            assertTrue(pruner().shouldPrune(h, candidate(h, bad, 9)), direction + " worst at step 9");
        }
    }

    @Test
    void stepsBetweenRungsNeverPrune() {
        History h = peers(Direction.MINIMIZE);
        assertFalse(pruner().shouldPrune(h, candidate(h, 5.0, 2)));
        History h2 = peers(Direction.MINIMIZE);
        assertFalse(pruner().shouldPrune(h2, candidate(h2, 5.0, 5)));
    }

    @Test
    void decisionsDependOnTheHistoryAloneAndNaNIsPrunedAtARung() {
        History h = peers(Direction.MINIMIZE);
        for (TrialSnapshot t : h.trials()) {
            assertEquals(pruner().shouldPrune(h, t), pruner().shouldPrune(h, t));
        }
        SortedMap<Integer, Double> curve = History.curve(0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, Double.NaN);
        TrialSnapshot nan = h.add(TrialState.RUNNING, new Config(Map.of()), 5, null, curve);
        assertTrue(pruner().shouldPrune(h, nan));
    }
}
