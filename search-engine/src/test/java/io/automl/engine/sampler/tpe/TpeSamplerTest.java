package io.automl.engine.sampler.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Sampler;
import io.automl.engine.TrialState;
import io.automl.engine.sampler.ContractSpaces;
import io.automl.engine.sampler.History;
import io.automl.engine.sampler.RandomSampler;
import io.automl.engine.sampler.SamplerContract;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.SearchSpace;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** TPE in independent mode runs the sampler contract and beats random search. */
class TpeSamplerTest extends SamplerContract {

    @Override
    protected Sampler create(long studySeed) {
        return new TpeSampler(Map.of());
    }

    @Test
    void beatsRandomSearchOnBraninOverTwentySeeds() {
        double[] tpe = regrets(new TpeSampler(Map.of()));
        double[] random = regrets(new RandomSampler());
        double tpeMedian = median(tpe);
        double randomMedian = median(random);
        assertTrue(tpeMedian < randomMedian, "median regret tpe " + tpeMedian + " vs random " + randomMedian);
    }

    /** Simple regret after 60 trials, one entry per seed 0..19. */
    static double[] regrets(Sampler sampler) {
        SearchSpace space = ContractSpaces.branin();
        double[] out = new double[20];
        for (int seed = 0; seed < 20; seed++) {
            History history = new History(Direction.MINIMIZE);
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 60; i++) {
                Config c = sampler.sample(history, space, new SplittableRandom(seed * 7919L + i));
                double v = ContractSpaces.branin(c);
                best = Math.min(best, v);
                history.complete(c, v);
            }
            out[seed] = best - 0.397887;
        }
        return out;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    @Test
    void learnsWhichCategoricalChoiceIsGoodWithoutTreatingChoicesAsOrdered() {
        SearchSpace space = ContractSpaces.mixed();
        History history = new History(Direction.MAXIMIZE);
        Sampler random = new RandomSampler();
        for (int i = 0; i < 40; i++) {
            Config c = random.sample(history, space, new SplittableRandom(i));
            // the middle choice is best: an ordinal model would favour its neighbours too
            history.complete(c, c.getString("optimizer").equals("sgd") ? 1.0 + i * 1e-3 : i * 1e-3);
        }
        TpeSampler tpe = new TpeSampler(Map.of());
        int sgd = 0;
        for (int k = 0; k < 50; k++) {
            sgd += tpe.sample(history, space, new SplittableRandom(1000 + k)).getString("optimizer").equals("sgd") ? 1 : 0;
        }
        assertTrue(sgd >= 40, "sgd proposed " + sgd + " of 50 times");
    }

    @Test
    void runningTrialsSteerConcurrentWorkersAwayAsConstantLiars() {
        SearchSpace space = ContractSpaces.branin();
        History history = new History(Direction.MINIMIZE);
        Sampler random = new RandomSampler();
        for (int i = 0; i < 30; i++) {
            Config c = random.sample(history, space, new SplittableRandom(i));
            history.complete(c, ContractSpaces.branin(c));
        }
        TpeSampler tpe = new TpeSampler(Map.of());
        Config first = tpe.sample(history, space, new SplittableRandom(77));
        history.add(TrialState.RUNNING, first, 99, null, History.curve());
        Config second = tpe.sample(history, space, new SplittableRandom(77));
        assertTrue(!first.equals(second), "the same generator gives another point once the first is running");
        TpeSampler honest = new TpeSampler(Map.of("constantLiar", false));
        assertEquals(honest.sample(history, space, new SplittableRandom(77)), first);
    }

    @Test
    void optionsAreCheckedAndHaveTheirDocumentedDefaults() {
        TpeOptions d = new TpeSampler(Map.of()).options();
        assertEquals(10, d.startupTrials());
        assertEquals(48, d.eiCandidates());
        assertEquals(1.0, d.priorWeight());
        assertEquals(true, d.constantLiar());
        assertEquals(false, d.multivariate());
        assertEquals(true, new TpeSampler(Map.of("multivariate", true, "startupTrials", 5)).options().multivariate());
        assertThrows(IllegalArgumentException.class, () -> new TpeSampler(Map.of("gama", 0.1)));
        assertThrows(IllegalArgumentException.class, () -> new TpeSampler(Map.of("multivariate", "yes")));
        assertThrows(IllegalArgumentException.class, () -> new TpeSampler(Map.of("maxObservations", 2_000_000)));
        assertEquals(0, Split.gamma(0));
        assertEquals(1, Split.gamma(8));
        assertEquals(2, Split.gamma(9));
        assertEquals(4, Split.gamma(30));
        assertEquals(25, Split.gamma(1000));
    }
}
