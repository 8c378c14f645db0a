package io.automl.engine.pruner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Pruner;
import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.Objective;
import io.automl.space.PrunerSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The median rule, its warm-up and minimum history, in both directions. */
class MedianPrunerTest {

    static TrialSnapshot trial(long id, TrialState state, double... values) {
        TreeMap<Integer, Double> steps = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            steps.put(i + 1, values[i]);
        }
        return new TrialSnapshot(id, 1, (int) id, state, new Config(Map.of()), 0, null, steps, Map.of(), null, "w", 0,
                Instant.EPOCH, null, null);
    }

    static StudyView view(Direction direction, List<TrialSnapshot> trials) {
        return new StudyView() {
            @Override
            public Objective objective() {
                return new Objective("m", direction);
            }

            @Override
            public List<TrialSnapshot> trials() {
                return trials;
            }
        };
    }

    @Test
    void prunesBelowTheMedianOfCompleteTrialsAtTheSameStep() {
        List<TrialSnapshot> done = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            done.add(trial(i, TrialState.COMPLETE, 0.5 + 0.1 * i, 0.6 + 0.1 * i));
        }
        done.add(trial(9, TrialState.PRUNED, 0.0));
        Pruner median = new PrunerRegistry().create(new PrunerSpec("median", Map.of()));
        StudyView max = view(Direction.MAXIMIZE, done);
        assertTrue(median.shouldPrune(max, trial(20, TrialState.RUNNING, 0.6)));
        assertFalse(median.shouldPrune(max, trial(20, TrialState.RUNNING, 0.7)));
        assertTrue(median.shouldPrune(max, trial(20, TrialState.RUNNING, 0.9, 0.7)));
        assertFalse(median.shouldPrune(max, trial(20, TrialState.RUNNING, 0.1, 0.8)));
        assertFalse(median.shouldPrune(max, trial(20, TrialState.RUNNING, 0.1, 0.1, 0.1)), "no history at step 3");
        StudyView min = view(Direction.MINIMIZE, done);
        assertFalse(median.shouldPrune(min, trial(20, TrialState.RUNNING, 0.6)));
        assertTrue(median.shouldPrune(min, trial(20, TrialState.RUNNING, 0.7)));
    }

    @Test
    void waitsForWarmupAndMinimumTrials() {
        List<TrialSnapshot> three = List.of(trial(0, TrialState.COMPLETE, 1, 1), trial(1, TrialState.COMPLETE, 1, 1),
                trial(2, TrialState.COMPLETE, 1, 1));
        StudyView v = view(Direction.MAXIMIZE, three);
        assertFalse(new MedianPruner(1, 4).shouldPrune(v, trial(5, TrialState.RUNNING, 0)));
        assertTrue(new MedianPruner(1, 3).shouldPrune(v, trial(5, TrialState.RUNNING, 0)));
        assertFalse(new MedianPruner(2, 3).shouldPrune(v, trial(5, TrialState.RUNNING, 0)));
        assertTrue(new MedianPruner(2, 3).shouldPrune(v, trial(5, TrialState.RUNNING, 0, 0)));
        assertFalse(new MedianPruner(0, 1).shouldPrune(v, trial(5, TrialState.RUNNING)));
    }

    @Test
    void optionsAreChecked() {
        PrunerRegistry registry = new PrunerRegistry();
        assertEquals("pruner 'percentile' is not available yet", assertThrows(IllegalArgumentException.class,
                () -> registry.create(new PrunerSpec("percentile", Map.of()))).getMessage());
        assertTrue(registry.create(new PrunerSpec("asha", Map.of("reductionFactor", 3))) != null);
        assertTrue(registry.create(new PrunerSpec("hyperband", Map.of()), 27) != null);
        assertThrows(IllegalArgumentException.class, () -> registry.create(new PrunerSpec("hyperband", Map.of())),
                "hyperband needs a step budget or maxResource");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> registry.create(new PrunerSpec("median", Map.of("patience", 2)))).getMessage()
                .contains("'patience'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> registry.create(new PrunerSpec("median", Map.of("minTrials", 0)))).getMessage()
                .contains("minTrials"));
        assertFalse(registry.create(PrunerSpec.none()).shouldPrune(view(Direction.MAXIMIZE, List.of()),
                trial(1, TrialState.RUNNING, 0)));
    }
}
