package io.automl.engine.sampler.nsga2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Sampler;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.pareto.ParetoFront;
import io.automl.engine.sampler.History;
import io.automl.engine.sampler.RandomSampler;
import io.automl.engine.sampler.SamplerContract;
import io.automl.space.Budget;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** NSGA-II: the sampler contract, progress on ZDT1 beyond random search, and constraint handling. */
class Nsga2SamplerTest extends SamplerContract {
    private static final List<Objective> ZDT = List.of(new Objective("f1", Direction.MINIMIZE, 1.1),
            new Objective("f2", Direction.MINIMIZE, 11.0));

    @Override
    protected Sampler create(long studySeed) {
        return new Nsga2Sampler(new Nsga2Options(10, 0.9, 0.5, 0, 15, 20), 100);
    }

    static SearchSpace zdt(int n, List<Constraint> constraints) {
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            params.add(new Param("x" + i, new FloatRange(0, 1, false, 0), io.automl.space.Condition.ALWAYS));
        }
        return new SearchSpace("zdt", ZDT, constraints, null, new Budget(100, 1, 0, 1, 0),
                new SamplerSpec("nsga2", 0, Map.of()), PrunerSpec.none(), Optional.empty(),
                EvaluatorSpec.library(), params, Optional.empty());
    }

    static List<Double> zdt1(Config c, int n) {
        double f1 = c.getDouble("x0");
        double g = 0;
        for (int i = 1; i < n; i++) {
            g += c.getDouble("x" + i);
        }
        g = 1 + 9 * g / (n - 1);
        return List.of(f1, g * (1 - Math.sqrt(f1 / g)));
    }

    private static double hypervolume(Sampler sampler, SearchSpace space, int n, int trials, long seed) {
        History h = new History(Direction.MINIMIZE);
        for (int i = 0; i < trials; i++) {
            Config c = sampler.sample(h, space, new SplittableRandom(seed * 7919 + i));
            h.complete(c, zdt1(c, n), Map.of());
        }
        return ParetoFront.of(ZDT, h.trials(), new double[] {1.1, 11}).hypervolume();
    }

    @Test
    void onZdt1ItBeatsRandomSearchOnEverySeed() {
        SearchSpace space = zdt(10, List.of());
        Sampler nsga = new Nsga2Sampler(new Nsga2Options(20, 0.9, 0.5, 0, 15, 20), 100);
        for (long seed = 1; seed <= 3; seed++) {
            double ours = hypervolume(nsga, space, 10, 300, seed);
            double random = hypervolume(new RandomSampler(), space, 10, 300, seed);
            assertTrue(ours > random, "seed " + seed + ": nsga2 " + ours + " vs random " + random);
        }
    }

    @Test
    void infeasibleTrialsAreKeptButNeverParentsWhileFeasibleOnesExist() {
        SearchSpace space = zdt(4, List.of(new Constraint("f1", null, 0.5)));
        Nsga2Sampler sampler = new Nsga2Sampler(new Nsga2Options(10, 0.9, 0.5, 0, 15, 20), 100);
        History h = new History(Direction.MINIMIZE);
        for (int i = 0; i < 60; i++) {
            Config c = sampler.sample(h, space, new SplittableRandom(i));
            List<Double> v = zdt1(c, 4);
            double violation = Math.max(0, v.get(0) - 0.5);
            h.complete(c, v, Map.of("feasible", violation == 0, "constraint_violation", violation));
        }
        long infeasible = h.trials().stream().filter(t -> !t.feasible()).count();
        assertTrue(infeasible > 0, "infeasible trials are kept");
        ParetoFront front = ParetoFront.of(space.objectives(), h.trials());
        assertTrue(front.trials().stream().allMatch(TrialSnapshot::feasible), "never on the front");
        long lateFeasible = h.trials().subList(40, 60).stream().filter(TrialSnapshot::feasible).count();
        long earlyFeasible = h.trials().subList(0, 10).stream().filter(TrialSnapshot::feasible).count();
        assertTrue(lateFeasible * 10 > earlyFeasible * 20,
                "selection moves the population into the feasible region: " + earlyFeasible + "/10 then "
                        + lateFeasible + "/20");
        Parents parents = Parents.select(h.trials(), space.objectives(), 60, 10);
        for (int i = 0; i < 50; i++) {
            assertTrue(parents.tournament(new SplittableRandom(i)).feasible());
        }
    }

    @Test
    void theAutomaticPopulationIsATenthOfTheBudgetBetweenTenAndFifty() {
        Nsga2Options auto = Nsga2Options.defaults();
        assertEquals(10, auto.population(30));
        assertEquals(20, auto.population(200));
        assertEquals(50, auto.population(5000));
        assertEquals(7, new Nsga2Options(7, 0.9, 0.5, 0, 15, 20).population(5000));
    }

    @Test
    void theFirstGenerationIsUniformAndLaterOnesBreedFromIt() {
        SearchSpace space = zdt(3, List.of());
        Nsga2Sampler sampler = new Nsga2Sampler(new Nsga2Options(4, 1.0, 0.5, 0, 15, 20), 100);
        History h = new History(Direction.MINIMIZE);
        for (int i = 0; i < 4; i++) {
            Config c = new RandomSampler().sample(h, space, new SplittableRandom(100 + i));
            assertEquals(c, sampler.sample(h, space, new SplittableRandom(100 + i)), "generation 0 is random");
            h.complete(c, zdt1(c, 3), Map.of());
        }
        Config child = sampler.sample(h, space, new SplittableRandom(9));
        assertEquals(List.of(), space.validate(child));
    }
}
