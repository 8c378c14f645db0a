package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.engine.pareto.HypervolumeHistory;
import io.automl.engine.pareto.ParetoFront;
import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.Budget;
import io.automl.space.Condition;
import io.automl.space.Config;
import io.automl.space.Constraint;
import io.automl.space.Direction;
import io.automl.space.EvaluatorSpec;
import io.automl.space.FloatRange;
import io.automl.space.Objective;
import io.automl.space.Param;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A multi-objective study run end to end on the in-memory store with a real two-objective function. */
class MultiObjectiveRunTest {
    private final TrialStore store = new InMemoryTrialStore();
    private final StudyRunner runner = new StudyRunner(store, new SamplerRegistry(), new PrunerRegistry(),
            Clock.systemUTC());

    @AfterEach
    void close() {
        store.close();
    }

    /** Schaffer's problem N.1 over x in [-2, 4]: f1 = x^2 and f2 = (x - 2)^2, reported as metrics; also "size". */
    private static final Evaluator SCHAFFER = trial -> {
        double x = trial.config().getDouble("x");
        return new Evaluation(x * x, Map.of("x", x), Map.of(),
                Map.of("f1", x * x, "f2", (x - 2) * (x - 2), "size", Math.abs(x)));
    };

    private static SearchSpace space(String name, String sampler, List<Objective> objectives,
            List<Constraint> constraints) {
        return new SearchSpace(name, objectives, constraints, null, new Budget(60, 1, 0, 2, 0),
                new SamplerSpec(sampler, 4, Map.of("populationSize", 12)
                        .entrySet().stream().filter(e -> sampler.equals("nsga2"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue()))),
                PrunerSpec.none(), Optional.empty(), EvaluatorSpec.library(),
                List.of(new Param("x", new FloatRange(-2, 4, false, 0), Condition.ALWAYS)), Optional.empty());
    }

    private StudyResult run(SearchSpace space) {
        StudyRecord study = new StudyCatalog(store).openOrCreate(space, "{\"name\":\"" + space.name() + "\"}", "/tmp");
        return runner.run(study, space, SCHAFFER, new RunOptions(2, 8, "mo", Duration.ofSeconds(30), 2, true),
                StudyListener.NONE);
    }

    @Test
    void nsga2StoresEveryObjectiveAndTheFrontIsTheTradeOffBetweenZeroAndTwo() {
        List<Objective> objectives = List.of(new Objective("f1", Direction.MINIMIZE, 16.0),
                new Objective("f2", Direction.MINIMIZE, 16.0));
        SearchSpace space = space("schaffer", "nsga2", objectives, List.of());
        StudyResult result = run(space);
        assertEquals(60, result.counts().complete());
        List<TrialSnapshot> trials = store.trials(result.study().id());
        for (TrialSnapshot t : trials) {
            double x = t.config().getDouble("x");
            assertEquals(List.of(x * x, (x - 2) * (x - 2)), t.values());
        }
        ParetoFront front = ParetoFront.of(objectives, trials);
        assertTrue(front.trials().size() >= 10, "front of " + front.trials().size());
        // the Pareto set of Schaffer N.1 is x in [0, 2]; a finite sample may keep a point just outside it
        assertTrue(front.trials().stream().allMatch(t -> t.config().getDouble("x") >= -0.2
                && t.config().getDouble("x") <= 2.2), () -> "front " + front.trials().stream()
                        .map(t -> t.config().getDouble("x")).toList());
        // the optimal front's hypervolume against (16, 16) is 16*16 - integral of the front = 256 - 8/3 ... ~ 253.3
        assertTrue(front.hypervolume() > 250, "hypervolume " + front.hypervolume());
        HypervolumeHistory history = HypervolumeHistory.of(objectives, trials);
        assertEquals(front.hypervolume(), history.points().get(history.points().size() - 1).hypervolume(), 1e-9);
    }

    @Test
    void randomWorksWithSeveralObjectivesAndConstraintsMarkInfeasibleTrials() {
        List<Objective> objectives = List.of(new Objective("f1", Direction.MINIMIZE),
                new Objective("f2", Direction.MINIMIZE));
        SearchSpace space = space("constrained", "random", objectives, List.of(new Constraint("size", null, 1.0)));
        StudyResult result = run(space);
        List<TrialSnapshot> trials = store.trials(result.study().id());
        List<TrialSnapshot> infeasible = new ArrayList<>();
        for (TrialSnapshot t : trials) {
            boolean ok = Math.abs(t.config().getDouble("x")) <= 1;
            assertEquals(ok, t.feasible(), t.toString());
            assertEquals(TrialState.COMPLETE, t.state());
            if (!ok) {
                infeasible.add(t);
            }
        }
        assertFalse(infeasible.isEmpty());
        ParetoFront front = ParetoFront.of(objectives, trials);
        assertTrue(front.trials().stream().allMatch(t -> Math.abs(t.config().getDouble("x")) <= 1));
        assertTrue(front.trials().stream().noneMatch(infeasible::contains));
    }

    @Test
    void aMetricTheEvaluatorDoesNotReportFailsTheTrialNamingIt() {
        List<Objective> objectives = List.of(new Objective("f1", Direction.MINIMIZE),
                new Objective("latency", Direction.MINIMIZE));
        StudyResult result = run(space("missing", "random", objectives, List.of()));
        TrialSnapshot t = store.trials(result.study().id()).get(0);
        assertEquals(TrialState.FAILED, t.state());
        assertEquals("objective 'latency' was not reported by the evaluator (it reported: f1, f2, size)", t.reason());
        Config unused = t.config();
        assertTrue(unused.has("x"));
    }
}
