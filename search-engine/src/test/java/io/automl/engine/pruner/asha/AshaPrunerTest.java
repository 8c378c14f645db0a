package io.automl.engine.pruner.asha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Pruner;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.pruner.PrunerContract;
import io.automl.engine.sampler.History;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ASHA runs the pruner contract and promotes exactly the top third at each rung. */
class AshaPrunerTest extends PrunerContract {

    @Override
    protected Pruner create(Map<String, Object> options, int maxResource) {
        return new AshaPruner(options);
    }

    private static TrialSnapshot at(History h, TrialState state, double... curve) {
        return h.add(state, new Config(Map.of()), h.trials().size(), null, History.curve(curve));
    }

    @Test
    void keepsTheTopThirdOfEveryValueReportedAtTheRungIncludingPrunedTrials() {
        History h = new History(Direction.MINIMIZE);
        for (int i = 1; i <= 9; i++) {
            // values 1..9 at step 1; odd ones were pruned there and keep their curves
            at(h, i % 2 == 1 ? TrialState.PRUNED : TrialState.COMPLETE, i);
        }
        AshaPruner asha = new AshaPruner(Map.of());
        // 10 values at the rung: the best 3 continue
        assertTrue(asha.shouldPrune(h, at(h, TrialState.RUNNING, 3.5)));
        History h2 = new History(Direction.MINIMIZE);
        for (int i = 1; i <= 9; i++) {
            at(h2, TrialState.COMPLETE, i);
        }
        assertFalse(asha.shouldPrune(h2, at(h2, TrialState.RUNNING, 2.5)));
    }

    @Test
    void withFewerTrialsThanTheReductionFactorOnlyTheBestSoFarContinues() {
        History h = new History(Direction.MAXIMIZE);
        at(h, TrialState.COMPLETE, 0.8);
        AshaPruner asha = new AshaPruner(Map.of("minEpochs", 1, "reductionFactor", 3));
        assertTrue(asha.shouldPrune(h, at(h, TrialState.RUNNING, 0.7)));
        assertFalse(asha.shouldPrune(h, at(h, TrialState.RUNNING, 0.9)));
    }

    @Test
    void rungsFollowMinResourceReductionFactorAndEarlyStoppingRate() {
        AshaOptions o = new AshaOptions(2, 4, 1);
        assertEquals(8, o.rungStep(0));
        assertEquals(32, o.rungStep(1));
        assertTrue(SuccessiveHalving.isRung(o, 32));
        assertFalse(SuccessiveHalving.isRung(o, 2));
        assertFalse(SuccessiveHalving.isRung(o, 16));
        History h = new History(Direction.MINIMIZE);
        at(h, TrialState.COMPLETE, 0, 0, 0, 0, 0, 0, 0, 0.1);
        AshaPruner asha = new AshaPruner(o);
        assertFalse(asha.shouldPrune(h, at(h, TrialState.RUNNING, 9, 9, 9, 9, 9, 9, 9)), "step 7 is no rung");
        assertTrue(asha.shouldPrune(h, at(h, TrialState.RUNNING, 9, 9, 9, 9, 9, 9, 9, 9)), "step 8 is");
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new AshaPruner(Map.of("reductionFactor", 1)));
        assertThrows(IllegalArgumentException.class, () -> new AshaPruner(Map.of("minEpochs", 1, "minResource", 1)));
        assertThrows(IllegalArgumentException.class, () -> new AshaPruner(Map.of("eta", 3)));
    }
}
