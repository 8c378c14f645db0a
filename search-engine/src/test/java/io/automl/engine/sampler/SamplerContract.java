package io.automl.engine.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Sampler;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Sampler} must do: same history and seed, same configuration; every proposal a valid
 * point of the space (bounds, steps, log scales, conditions, categoricals); no hidden state (a fresh
 * instance continues a resumed history exactly as the old one would); the whole space explored.
 */
public abstract class SamplerContract {

    /** A sampler under test, built as the study seeded with {@code studySeed} would build it. */
    protected abstract Sampler create(long studySeed);

    /** Runs {@code n} trials on the mixed space, evaluating each proposal; returns the configurations. */
    protected List<Config> run(long studySeed, int n) {
        SearchSpace space = ContractSpaces.mixed();
        Sampler sampler = create(studySeed);
        History history = new History(Direction.MINIMIZE);
        List<Config> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Config c = sampler.sample(history, space, new SplittableRandom(studySeed * 1_000_003L + i));
            out.add(c);
            history.complete(c, ContractSpaces.mixedObjective(c));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameSequenceAndAnotherSeedAnother() {
        List<Config> a = run(5, 40);
        assertEquals(a, run(5, 40));
        assertNotEquals(a, run(6, 40));
    }

    @Test
    void everyProposalIsAValidPointOfTheSpaceAndTheSpaceIsExplored() {
        SearchSpace space = ContractSpaces.mixed();
        List<Config> configs = run(11, 80);
        Set<Object> optimizers = new HashSet<>();
        Set<Object> repeats = new HashSet<>();
        int withMomentum = 0;
        int smallLr = 0;
        for (Config c : configs) {
            assertEquals(List.of(), space.validate(c), c.toString());
            optimizers.add(c.get("optimizer"));
            repeats.add(c.get("arch.b0.repeat"));
            withMomentum += c.has("momentum") ? 1 : 0;
            smallLr += c.getDouble("lr") < 1e-3 ? 1 : 0;
            assertEquals(c.has("arch.b0.l2.units"), c.getInt("arch.b0.repeat") >= 3);
        }
        assertEquals(3, optimizers.size(), "every categorical choice is proposed");
        assertEquals(3, repeats.size(), "every repeat count is proposed");
        assertTrue(withMomentum > 0 && withMomentum < configs.size(), "both branches of the condition");
        assertTrue(smallLr > 0, "the log scale reaches its lowest decade");
    }

    @Test
    void aResumedHistoryIsContinuedExactlyByAFreshInstance() {
        SearchSpace space = ContractSpaces.mixed();
        History history = new History(Direction.MINIMIZE);
        Sampler filler = create(3);
        TrialState[] states = {TrialState.COMPLETE, TrialState.COMPLETE, TrialState.PRUNED, TrialState.FAILED,
            TrialState.COMPLETE, TrialState.RUNNING, TrialState.CANCELLED, TrialState.COMPLETE};
        for (int i = 0; i < 48; i++) {
            Config c = filler.sample(history, space, new SplittableRandom(i));
            TrialState s = states[i % states.length];
            double v = ContractSpaces.mixedObjective(c);
            Double value = s == TrialState.COMPLETE ? v : null;
            history.add(s, c, i, value, s == TrialState.PRUNED ? History.curve(v + 1, v + 0.5) : History.curve());
        }
        for (int k = 0; k < 5; k++) {
            Config first = create(3).sample(history, space, new SplittableRandom(100 + k));
            Config again = create(3).sample(history, space, new SplittableRandom(100 + k));
            assertEquals(first, again);
            assertEquals(List.of(), space.validate(first), first.toString());
        }
    }

    @Test
    void oneInstanceServesConcurrentWorkersAsIfAlone() throws Exception {
        SearchSpace space = ContractSpaces.mixed();
        History history = new History(Direction.MINIMIZE);
        for (Config c : run(8, 30)) {
            history.complete(c, ContractSpaces.mixedObjective(c));
        }
        Sampler shared = create(8);
        List<Config> sequential = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            sequential.add(create(8).sample(history, space, new SplittableRandom(k)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Config>> futures = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                long seed = k;
                futures.add(pool.submit(() -> shared.sample(history, space, new SplittableRandom(seed))));
            }
            for (int k = 0; k < 16; k++) {
                assertEquals(sequential.get(k), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
