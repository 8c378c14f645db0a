package io.automl.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.StudyResult;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.space.SearchSpace;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StudyTest {

    private static double quadratic(TrialContext t) {
        double x = t.config().getDouble("x");
        double y = t.config().getDouble("y");
        return (x - 2) * (x - 2) + (y + 1) * (y + 1);
    }

    private static SearchSpace plane(String name, String sampler) {
        return SpaceBuilder.named(name).floatParam("x", -10, 10).floatParam("y", -10, 10).sampler(sampler, 42).build();
    }

    @Test
    void tpeMinimizesAQuadraticInSixtyTrials() {
        Study tpe = Study.builder(plane("quad-tpe", "tpe")).build();
        StudyResult r = tpe.optimize(StudyTest::quadratic, 60);

        assertTrue(r.budgetReached());
        assertEquals(60, r.counts().complete());
        TrialSnapshot best = tpe.best().orElseThrow();
        double min = tpe.trials().stream().mapToDouble(TrialSnapshot::value).min().orElseThrow();
        assertEquals(min, best.value(), 0.0);
        assertEquals(best.id(), r.best().orElseThrow().id());
        // a random point is within 0.7 of the optimum with probability 0.4 %; TPE concentrates there
        assertTrue(best.value() < 0.5, "best " + best.value());
        assertTrue(Math.abs(best.config().getDouble("x") - 2) < 0.75, best.config().toString());
    }

    @Test
    void ashaPrunesThroughTheObjectiveAndKeepsTheBestAtFullLength() {
        SearchSpace space = SpaceBuilder.named("curves").floatParam("x", -10, 10).sampler("random", 3)
                .pruner("asha", Map.of("minEpochs", 1, "reductionFactor", 3)).epochs(27).build();
        Study study = Study.builder(space).build();
        study.optimize(trial -> {
            double x = trial.config().getDouble("x");
            double value = 0;
            for (int epoch = 1; epoch <= 27; epoch++) {
                value = (x - 2) * (x - 2) + 10.0 / epoch;
                trial.pruneIfAsked(epoch, value);
            }
            return value;
        }, 30);

        List<TrialSnapshot> trials = study.trials();
        long pruned = trials.stream().filter(t -> t.state() == TrialState.PRUNED).count();
        int epochs = trials.stream().mapToInt(t -> t.intermediate().size()).sum();
        assertEquals(30, trials.size());
        assertTrue(pruned >= 10, "pruned " + pruned);
        assertTrue(epochs < 30 * 27 / 2, "epochs " + epochs);
        long early = trials.stream().filter(t -> t.state() == TrialState.PRUNED && t.intermediate().size() < 9).count();
        assertTrue(early * 2 >= pruned, early + " of " + pruned + " pruned trials stopped before step 9");
        TrialSnapshot best = study.best().orElseThrow();
        assertEquals(27, best.intermediate().size());
        TrialSnapshot closest = trials.stream()
                .min(Comparator.comparingDouble(t -> Math.abs(t.config().getDouble("x") - 2))).orElseThrow();
        assertTrue(Math.abs(best.config().getDouble("x") - 2) <= Math.abs(closest.config().getDouble("x") - 2) + 1.0);
    }

    @Test
    void exceptionsAndNonFiniteValuesFailTheirTrialsOnly() {
        Study study = Study.builder(plane("failing", "random")).parallelism(2).build();
        StudyResult r = study.optimize(trial -> {
            double x = trial.config().getDouble("x");
            if (x > 5) {
                throw new IllegalStateException("x too large: " + x);
            }
            return x < -5 ? Double.NaN : quadratic(trial);
        }, 40);

        assertTrue(r.budgetReached());
        List<TrialSnapshot> trials = study.trials();
        assertEquals(40, trials.size());
        for (TrialSnapshot t : trials) {
            double x = t.config().getDouble("x");
            if (x > 5) {
                assertEquals(TrialState.FAILED, t.state());
                assertTrue(t.reason().contains("x too large"), t.reason());
            } else if (x < -5) {
                assertEquals(TrialState.FAILED, t.state());
            } else {
                assertEquals(TrialState.COMPLETE, t.state(), String.valueOf(t.reason()));
            }
        }
        assertTrue(r.counts().failed() > 0 && r.counts().complete() > 0, r.counts().toString());
        assertTrue(study.best().orElseThrow().config().getDouble("x") <= 5);
    }

    @Test
    void aSecondStudyOnTheSameStoreResumesAndAddsTrials() {
        InMemoryTrialStore store = new InMemoryTrialStore();
        SearchSpace space = plane("resumed", "random");
        AtomicInteger calls = new AtomicInteger();
        Study first = Study.builder(space).store(store).build();
        first.optimize(t -> calls.incrementAndGet(), 5);
        Study second = Study.builder(space).store(store).build();
        StudyResult r = second.optimize(t -> calls.incrementAndGet(), 7);

        assertEquals(first.record().id(), second.record().id());
        assertEquals(12, calls.get());
        assertEquals(12, r.counts().complete());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                second.trials().stream().map(TrialSnapshot::number).toList());
        assertEquals(1.0, second.best().orElseThrow().value());
    }

    @Test
    void aStudyOfAnotherSpaceCannotReuseTheName() {
        InMemoryTrialStore store = new InMemoryTrialStore();
        Study.builder(plane("taken", "random")).store(store).build();
        SearchSpace other = SpaceBuilder.named("taken").floatParam("z", 0, 1).build();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Study.builder(other).store(store).build());
        assertTrue(e.getMessage().contains("taken"), e.getMessage());
        assertFalse(store.studies().isEmpty());
    }
}
