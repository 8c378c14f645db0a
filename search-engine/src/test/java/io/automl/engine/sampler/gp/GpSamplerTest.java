package io.automl.engine.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Sampler;
import io.automl.engine.TrialState;
import io.automl.engine.sampler.ContractSpaces;
import io.automl.engine.sampler.History;
import io.automl.engine.sampler.RandomSampler;
import io.automl.engine.sampler.SamplerContract;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The GP sampler runs the sampler contract, beats random search and spreads concurrent proposals. */
class GpSamplerTest extends SamplerContract {

    @Override
    protected Sampler create(long studySeed) {
        return new GpSampler(Map.of(), studySeed);
    }

    @Test
    void beatsRandomSearchOnBraninOverTenSeeds() {
        double[] gp = new double[10];
        double[] random = new double[10];
        for (int seed = 0; seed < 10; seed++) {
            gp[seed] = regret(new GpSampler(Map.of(), seed), seed, 30);
            random[seed] = regret(new RandomSampler(), seed, 30);
        }
        double gpMedian = median(gp);
        double randomMedian = median(random);
        assertTrue(gpMedian < randomMedian / 5, "median regret gp " + gpMedian + " vs random " + randomMedian);
    }

    @Test
    void proposesTheStartupSequenceUntilEnoughTrialsHaveFinished() {
        SearchSpace space = ContractSpaces.branin();
        History history = new History(Direction.MINIMIZE);
        Sampler gp = new GpSampler(Map.of("startupTrials", 3), 4);
        Sampler sobol = new io.automl.engine.sampler.qmc.SobolSampler(4);
        for (int i = 0; i < 3; i++) {
            Config c = gp.sample(history, space, new SplittableRandom(i));
            assertEquals(sobol.sample(history, space, new SplittableRandom(i)), c);
            history.complete(c, ContractSpaces.branin(c));
        }
        Config modelled = gp.sample(history, space, new SplittableRandom(3));
        assertNotEquals(sobol.sample(history, space, new SplittableRandom(3)), modelled);
        assertEquals(java.util.List.of(), space.validate(modelled));
    }

    @Test
    void aRunningTrialAtTheModelsChoiceMakesTheNextWorkerProposeAnotherPoint() {
        SearchSpace space = ContractSpaces.branin();
        History history = new History(Direction.MINIMIZE);
        Sampler gp = new GpSampler(Map.of(), 2);
        for (int i = 0; i < 20; i++) {
            Config c = gp.sample(history, space, new SplittableRandom(i));
            history.complete(c, ContractSpaces.branin(c));
        }
        Config first = gp.sample(history, space, new SplittableRandom(99));
        history.add(TrialState.RUNNING, first, 99, null, History.curve());
        Config second = gp.sample(history, space, new SplittableRandom(99));
        double dx = (first.getDouble("x1") - second.getDouble("x1")) / 15;
        double dy = (first.getDouble("x2") - second.getDouble("x2")) / 15;
        assertTrue(Math.hypot(dx, dy) > 0.01, first + " then " + second);
        Config ignoring = new GpSampler(Map.of("constantLiar", false), 2).sample(history, space, new SplittableRandom(99));
        assertEquals(first, ignoring, "without the liar a RUNNING trial changes nothing");
    }

    @Test
    void neverProposesAConfigurationATrialAlreadyHas() {
        SearchSpace space = ContractSpaces.discrete();
        History history = new History(Direction.MAXIMIZE);
        Sampler gp = new GpSampler(Map.of("startupTrials", 2), 3);
        java.util.Set<Config> seen = new java.util.HashSet<>();
        for (int i = 0; i < 12; i++) {
            Config c = gp.sample(history, space, new SplittableRandom(i));
            assertTrue(seen.add(c), "proposal " + i + " repeats " + c + " after " + seen);
            // ties everywhere, as accuracy gives on a small validation split: the model is flat at its observations
            history.complete(c, c.getInt("layers") >= 3 ? 1.0 : 0.9);
        }
        assertEquals(12, seen.size());
    }

    @Test
    void maximisationFindsTheBestRegionToo() {
        SearchSpace space = ContractSpaces.branin();
        History history = new History(Direction.MAXIMIZE);
        Sampler gp = new GpSampler(Map.of(), 5);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 30; i++) {
            Config c = gp.sample(history, space, new SplittableRandom(i));
            double v = -ContractSpaces.branin(c);
            best = Math.max(best, v);
            history.complete(c, v);
        }
        assertTrue(best > -0.397887 - 0.5, "best " + best);
    }

    @Test
    void capsTheObservationsAndStaysValid() {
        SearchSpace space = ContractSpaces.mixed();
        History history = new History(Direction.MINIMIZE);
        Sampler random = new RandomSampler();
        for (int i = 0; i < 60; i++) {
            Config c = random.sample(history, space, new SplittableRandom(i));
            history.complete(c, ContractSpaces.mixedObjective(c));
        }
        Sampler capped = new GpSampler(Map.of("maxObservations", 20), 1);
        Config c = capped.sample(history, space, new SplittableRandom(7));
        assertEquals(java.util.List.of(), space.validate(c), c.toString());
        assertEquals(c, capped.sample(history, space, new SplittableRandom(7)));
    }

    @Test
    void isRegisteredWithItsOptionsChecked() {
        SamplerRegistry registry = new SamplerRegistry();
        SamplerSpec spec = new SamplerSpec("gp", 3, Map.of("startupTrials", 5, "candidates", 64));
        GpSampler gp = (GpSampler) registry.create(spec, ContractSpaces.branin());
        assertEquals(5, gp.options().startupTrials());
        assertEquals(64, gp.options().candidates());
        SamplerSpec bad = new SamplerSpec("gp", 3, Map.of("maxObservations", 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create(bad, ContractSpaces.branin()))
                .getMessage().contains("maxObservations"));
    }

    private static double regret(Sampler sampler, int seed, int trials) {
        SearchSpace space = ContractSpaces.branin();
        History history = new History(Direction.MINIMIZE);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < trials; i++) {
            Config c = sampler.sample(history, space, new SplittableRandom(seed * 7919L + i));
            double v = ContractSpaces.branin(c);
            best = Math.min(best, v);
            history.complete(c, v);
        }
        return best - 0.397887;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
