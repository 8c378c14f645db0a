package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.BraninEvaluator.Fault;
import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.Budget;
import io.automl.space.Config;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner on the in-memory store with a real objective. */
class StudyRunnerTest {
    final TrialStore store = new InMemoryTrialStore();
    final StudyRunner runner = new StudyRunner(store, new SamplerRegistry(), new PrunerRegistry(), Clock.systemUTC());

    @AfterEach
    void close() {
        store.close();
    }

    StudyRecord open(SearchSpace space) {
        return new StudyCatalog(store).openOrCreate(space, "{\"name\":\"" + space.name() + "\"}", "/tmp");
    }

    static RunOptions options(int parallelism, boolean exclusive) {
        return new RunOptions(parallelism, 8, "test", Duration.ofSeconds(30), 2, exclusive);
    }

    @Test
    void runsExactlyTheBudgetWithFourWorkers() {
        SearchSpace space = Spaces.branin("four", Spaces.trials(24), Spaces.random(1), PrunerSpec.none());
        StudyRecord study = open(space);
        BraninEvaluator evaluator = new BraninEvaluator(3, 5, Map.of());
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        StudyListener listener = new StudyListener() {
            @Override
            public void trialStarted(TrialSnapshot t) {
                started.incrementAndGet();
            }

            @Override
            public void trialFinished(TrialSnapshot t) {
                finished.incrementAndGet();
            }
        };
        StudyResult result = runner.run(study, space, evaluator, options(4, true), listener);

        assertTrue(result.budgetReached());
        assertEquals(24, result.counts().complete());
        assertEquals(24, result.counts().budgeted());
        assertEquals(24, started.get());
        assertEquals(24, finished.get());
        List<TrialSnapshot> trials = store.trials(study.id());
        assertEquals(24, trials.stream().map(TrialSnapshot::number).distinct().count());
        assertEquals(24, trials.stream().map(TrialSnapshot::config).distinct().count());
        assertTrue(evaluator.workers.size() > 1, "workers used: " + evaluator.workers);
        assertTrue(evaluator.workers.stream().allMatch(w -> w.startsWith("test-")));
        assertEquals(Set.of(2), evaluator.threads);
        assertEquals(StudyState.COMPLETE, result.study().state());
        double min = trials.stream().mapToDouble(TrialSnapshot::value).min().orElseThrow();
        TrialSnapshot best = result.best().orElseThrow();
        assertEquals(min, best.value());
        assertEquals(best.value(), ((Number) best.attributes().get("test_branin")).doubleValue(), 1e-12);
        assertEquals(3, best.intermediate().size());
        assertTrue(trials.stream().allMatch(t -> t.intermediate().get(3).equals(t.value())));
    }

    @Test
    void failingTrialsAreFailedWithReadableReasonsAndTheStudyGoesOn() {
        SearchSpace space = Spaces.branin("faults", Spaces.trials(8), Spaces.random(2), PrunerSpec.none());
        StudyRecord study = open(space);
        Map<Integer, Fault> faults = Map.of(1, Fault.THROW, 2, Fault.OOM, 3, Fault.NAN, 4, Fault.STACK_OVERFLOW);
        StudyResult result = runner.run(study, space, new BraninEvaluator(2, 0, faults), options(1, true),
                StudyListener.NONE);

        assertTrue(result.budgetReached());
        assertEquals(4, result.counts().failed());
        assertEquals(4, result.counts().complete());
        assertEquals("IllegalStateException: bad batch size (caused by IOException: disk full)", reason(study, 1));
        assertTrue(reason(study, 2).startsWith("OutOfMemoryError: "), reason(study, 2));
        assertEquals("objective is NaN", reason(study, 3));
        assertTrue(reason(study, 4).startsWith("StackOverflowError"), reason(study, 4));
        assertEquals("java.lang.OutOfMemoryError", store.trial(study.id(), 2).orElseThrow()
                .attributes().get("error_class"));
        assertEquals(StudyState.COMPLETE, result.study().state());
        assertTrue(result.best().orElseThrow().number() != 1);
    }

    private String reason(StudyRecord study, int number) {
        TrialSnapshot t = store.trial(study.id(), number).orElseThrow();
        assertEquals(TrialState.FAILED, t.state());
        return t.reason();
    }

    @Test
    void theSameSeedProposesTheSameConfigurations() {
        List<Config> a = configs("seed-a", 42);
        List<Config> b = configs("seed-b", 42);
        List<Config> c = configs("seed-c", 43);
        assertEquals(10, a.size());
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(10, new HashSet<>(a).size());
    }

    private List<Config> configs(String name, long seed) {
        SearchSpace space = Spaces.branin(name, Spaces.trials(10), Spaces.random(seed), PrunerSpec.none());
        StudyRecord study = open(space);
        runner.run(study, space, new BraninEvaluator(1, 0, Map.of()), options(1, true), StudyListener.NONE);
        return store.trials(study.id()).stream().map(TrialSnapshot::config).toList();
    }

    @Test
    void gridVisitsEveryPointOnce() {
        SearchSpace space = Spaces.discreteBranin("grid", Spaces.trials(16), new SamplerSpec("grid", 0, Map.of()));
        StudyRecord study = open(space);
        StudyResult result = runner.run(study, space, new BraninEvaluator(1, 2, Map.of()), options(3, true),
                StudyListener.NONE);
        assertEquals(16, result.counts().complete());
        Set<Config> visited = new HashSet<>();
        store.trials(study.id()).forEach(t -> visited.add(t.config()));
        assertEquals(Set.copyOf(space.grid(100).orElseThrow()), visited);
        double min = space.grid(100).orElseThrow().stream()
                .mapToDouble(c -> BraninEvaluator.branin(c.getDouble("x1"), c.getDouble("x2"))).min().orElseThrow();
        assertEquals(min, result.best().orElseThrow().value());
    }

    @Test
    void unavailableSamplersAndPrunersAreRejectedBeforeAnyTrial() {
        SearchSpace cmaes = Spaces.branin("cmaes", Spaces.trials(5), new SamplerSpec("cmaes", 1, Map.of()),
                PrunerSpec.none());
        StudyRecord study = open(cmaes);
        BraninEvaluator evaluator = new BraninEvaluator(1, 0, Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> runner.run(study, cmaes, evaluator, options(2, true), StudyListener.NONE));
        assertEquals("sampler 'cmaes' is not available yet", e.getMessage());
        SearchSpace percentile = Spaces.branin("percentile", Spaces.trials(5), Spaces.random(1),
                new PrunerSpec("percentile", Map.of()));
        StudyRecord ashaStudy = open(percentile);
        e = assertThrows(IllegalArgumentException.class,
                () -> runner.run(ashaStudy, percentile, evaluator, options(2, true), StudyListener.NONE));
        assertEquals("pruner 'percentile' is not available yet", e.getMessage());
        assertEquals(0, store.trials(study.id()).size() + store.trials(ashaStudy.id()).size());
    }

    @Test
    void tpeWithAshaRunsAStudyEndToEndAndPrunedTrialsKeepTheirCurves() {
        SearchSpace space = Spaces.branin("tpe-asha", Spaces.trials(40), new SamplerSpec("tpe", 5, Map.of()),
                new PrunerSpec("asha", Map.of("minResource", 1, "reductionFactor", 3)));
        StudyRecord study = open(space);
        StudyResult result = runner.run(study, space, new BraninEvaluator(9, 0, Map.of()), options(2, true),
                StudyListener.NONE);
        assertTrue(result.budgetReached());
        assertEquals(40, result.counts().finished());
        assertTrue(result.counts().pruned() > 0, "asha pruned nothing: " + result.counts());
        for (TrialSnapshot t : store.trials(study.id())) {
            if (t.state() == TrialState.PRUNED) {
                assertFalse(t.intermediate().isEmpty(), "pruned trial " + t.number() + " lost its curve");
                assertTrue(t.intermediate().lastKey() <= 9);
            }
        }
        assertTrue(result.best().orElseThrow().value() < 5.0, "tpe should get near the Branin minimum: "
                + result.best().orElseThrow().value());
    }

    @Test
    void medianPrunerStopsAClearlyBadTrial() {
        SearchSpace space = Spaces.branin("median", Spaces.trials(7), Spaces.random(3),
                new PrunerSpec("median", Map.of()));
        StudyRecord study = open(space);
        double[][] points = {{3.1, 2.3}, {9.4, 2.5}, {-3.1, 12.2}, {3.0, 2.0}, {Math.PI, 2.275},
            {-5, 0}, {3 * Math.PI, 2.475}};
        for (double[] p : points) {
            store.enqueue(study.id(), new Config(Map.of("x1", p[0], "x2", p[1])), 0);
        }
        StudyResult result = runner.run(study, space, new BraninEvaluator(5, 0, Map.of()), options(1, true),
                StudyListener.NONE);
        TrialSnapshot bad = store.trial(study.id(), 5).orElseThrow();
        assertEquals(TrialState.PRUNED, bad.state());
        assertEquals(1, bad.intermediate().size());
        assertEquals(2 * BraninEvaluator.branin(-5, 0) * 0.9, bad.value(), 1e-9);
        assertEquals(6, result.counts().complete());
        assertEquals(1, result.counts().pruned());
        assertTrue(result.budgetReached());
    }

    @Test
    void theTimeBudgetStopsTheStudy() {
        Budget budget = new Budget(10_000, 5, 0.02, 2, 0);
        SearchSpace space = Spaces.branin("timed", budget, Spaces.random(4), PrunerSpec.none());
        StudyRecord study = open(space);
        StudyResult result = runner.run(study, space, new BraninEvaluator(5, 20, Map.of()), options(2, true),
                StudyListener.NONE);
        assertTrue(result.budgetReached());
        assertTrue(result.elapsed().toMillis() >= 1200, "elapsed " + result.elapsed());
        assertTrue(result.elapsed().toMillis() < 4000, "elapsed " + result.elapsed());
        assertTrue(result.counts().complete() >= 4 && result.counts().complete() < 40, result.counts().toString());
        assertEquals(0, result.counts().running());
        assertEquals(StudyState.COMPLETE, result.study().state());
    }
}
