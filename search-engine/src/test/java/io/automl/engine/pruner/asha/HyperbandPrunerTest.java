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
import java.time.Instant;
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
        assertEquals(4, brackets(hb));
        assertEquals(4, brackets(new HyperbandPruner(Map.of("maxResource", 27), 9)));
        assertEquals(1, brackets(new HyperbandPruner(Map.of("minEpochs", 3), 8)));
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

    /** A snapshot that would get number {@code number} in a study, to learn its bracket before adding it. */
    private static TrialSnapshot probe(int number, long seed) {
        return new TrialSnapshot(number + 1L, 1, number, TrialState.RUNNING, new Config(Map.of()), seed, null,
                History.curve(5.0), Map.of(), null, "w", 0, Instant.EPOCH, null, null);
    }

    @Test
    void aTrialIsComparedOnlyWithTrialsOfItsOwnBracket() {
        HyperbandPruner hb = new HyperbandPruner(Map.of(), 9);
        History h = new History(Direction.MINIMIZE);
        // thirty better trials at step 1, all outside bracket 0
        for (long seed = 0; h.trials().size() < 30; seed++) {
            if (hb.bracketOf(probe(h.trials().size(), seed)) != 0) {
                TrialSnapshot t = h.add(TrialState.COMPLETE, new Config(Map.of()), seed, 0.0, History.curve(0.0));
                assertTrue(hb.bracketOf(t) != 0);
            }
        }
        long seed = 1000;
        while (hb.bracketOf(probe(30, seed)) != 0) {
            seed++;
        }
        TrialSnapshot worse = h.add(TrialState.RUNNING, new Config(Map.of()), seed, null, History.curve(5.0));
        assertEquals(0, hb.bracketOf(worse));
        assertFalse(hb.shouldPrune(h, worse), "other brackets do not count");
        assertTrue(new AshaPruner(Map.of()).shouldPrune(h, worse), "plain ASHA over all trials would prune it");
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new HyperbandPruner(Map.of("minResource", 10), 9));
        assertThrows(IllegalArgumentException.class, () -> new HyperbandPruner(Map.of("minEarlyStoppingRate", 1), 9));
    }

    /** The number of brackets {@code hb} assigns 2000 trials to. */
    private static int brackets(HyperbandPruner hb) {
        History h = new History(Direction.MINIMIZE);
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(hb.bracketOf(h.add(TrialState.COMPLETE, new Config(Map.of()), i * 17L, 1.0, History.curve())));
        }
        return seen.size();
    }
}
