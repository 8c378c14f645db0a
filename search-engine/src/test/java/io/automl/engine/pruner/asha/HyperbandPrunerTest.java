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

/** Hyperband runs the pruner contract; brackets are deterministic, weighted and isolated. */
class HyperbandPrunerTest extends PrunerContract {

    @Override
    protected Pruner create(Map<String, Object> options, int maxResource) {
        return new HyperbandPruner(options, maxResource);
    }

    @Test
    void bracketsFollowTheBudgetAndAreAssignedByTrialSeedAndNumber() {
        HyperbandPruner hb = new HyperbandPruner(Map.of(), 27);
        assertEquals(4, hb.brackets());
        assertEquals(4, new HyperbandPruner(Map.of("maxResource", 27), 9).brackets());
        assertEquals(1, new HyperbandPruner(Map.of("minEpochs", 3), 8).brackets());
        History h = new History(Direction.MINIMIZE);
        int[] counts = new int[4];
        for (int i = 0; i < 2000; i++) {
            TrialSnapshot t = h.add(TrialState.COMPLETE, new Config(Map.of()), i * 31L, 1.0, History.curve());
            int b = hb.bracketOf(t);
            assertEquals(b, new HyperbandPruner(Map.of(), 27).bracketOf(t));
            counts[b]++;
        }
        // budgets ceil(4*27/4)=27, ceil(4*9/3)=12, ceil(4*3/2)=6, ceil(4/1)=4 of 49
        assertEquals(2000 * 27 / 49.0, counts[0], 80);
        assertEquals(2000 * 4 / 49.0, counts[3], 60);
        assertTrue(counts[1] > counts[2] && counts[2] > counts[3]);
    }

    @Test
    void aTrialIsComparedOnlyWithTrialsOfItsOwnBracket() {
        HyperbandPruner hb = new HyperbandPruner(Map.of(), 9);
        History h = new History(Direction.MINIMIZE);
        TrialSnapshot probe = null;
        for (long seed = 0; probe == null; seed++) {
            History scratch = new History(Direction.MINIMIZE);
            TrialSnapshot t = scratch.add(TrialState.RUNNING, new Config(Map.of()), seed, null, History.curve(5.0));
            if (hb.bracketOf(t) == 0) {
                probe = t;
            }
        }
        // many better trials, all in brackets other than 0, at step 1
        for (long seed = 0; h.trials().size() < 30; seed++) {
            int n = h.trials().size();
            TrialSnapshot t = new TrialSnapshot(n + 1000L, 1, n, TrialState.COMPLETE, new Config(Map.of()), seed,
                    0.0, History.curve(0.0), Map.of(), null, "w", 0, java.time.Instant.EPOCH, null, null);
            if (hb.bracketOf(t) != 0) {
                h.add(TrialState.COMPLETE, new Config(Map.of()), seed, 0.0, History.curve(0.0));
                if (hb.bracketOf(h.trials().get(h.trials().size() - 1)) == 0) {
                    throw new AssertionError("bracket changed with the trial number");
                }
            }
        }
        assertFalse(hb.shouldPrune(h, probe), "other brackets do not count");
        assertTrue(new AshaPruner(Map.of()).shouldPrune(h, probe), "plain ASHA would prune it");
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new HyperbandPruner(Map.of("minResource", 10), 9));
        assertThrows(IllegalArgumentException.class, () -> new HyperbandPruner(Map.of("minEarlyStoppingRate", 1), 9));
    }
}
