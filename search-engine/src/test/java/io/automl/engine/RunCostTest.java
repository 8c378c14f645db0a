package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.Config;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The store work of a run does not grow with the history: per trial, one incremental read that returns the
 * new trials, one start and one finish; WAITING trials are asked for only when there are some.
 */
class RunCostTest {

    @Test
    void storeReadsPerTrialStayConstantOverThreeThousandTrials() {
        for (String sampler : new String[] {"random", "sobol"}) {
            try (CountingStore store = new CountingStore(new InMemoryTrialStore())) {
                int n = 3_000;
                SearchSpace space = Spaces.branin("cost-" + sampler, Spaces.trials(n),
                        new SamplerSpec(sampler, 3, Map.of()), PrunerSpec.none());
                StudyRecord study = new StudyCatalog(store).openOrCreate(space, "{\"name\":\"cost\"}", "/tmp");
                StudyRunner runner = new StudyRunner(store, new SamplerRegistry(), new PrunerRegistry(),
                        Clock.systemUTC());
                StudyResult r = runner.run(study, space, new BraninEvaluator(0, 0, Map.of()),
                        StudyRunnerTest.options(1, true), StudyListener.NONE);
                assertEquals(n, r.counts().complete());
                assertEquals(n, store.calls("startTrial"));
                assertEquals(n, store.calls("finish"));
                assertEquals(0, store.calls("trials"), "the whole study is never read");
                assertTrue(store.rows("trialsSince") <= n + 1, sampler + ": rows read " + store.rows("trialsSince"));
                assertTrue(store.calls("claimWaiting") <= 1, sampler + ": claims " + store.calls("claimWaiting"));
            }
        }
    }

    @Test
    void enqueuedTrialsAreClaimedBeforeNewOnesAreSampled() {
        try (CountingStore store = new CountingStore(new InMemoryTrialStore())) {
            SearchSpace space = Spaces.branin("queue", Spaces.trials(6), Spaces.random(1), PrunerSpec.none());
            StudyRecord study = new StudyCatalog(store).openOrCreate(space, "{\"name\":\"queue\"}", "/tmp");
            store.enqueue(study.id(), new Config(Map.of("x1", 3.14, "x2", 2.275)), 11);
            store.enqueue(study.id(), new Config(Map.of("x1", -3.14, "x2", 12.275)), 12);
            StudyRunner runner = new StudyRunner(store, new SamplerRegistry(), new PrunerRegistry(), Clock.systemUTC());
            StudyResult r = runner.run(study, space, new BraninEvaluator(0, 0, Map.of()),
                    StudyRunnerTest.options(1, true), StudyListener.NONE);
            assertEquals(6, r.counts().complete());
            assertEquals(2, store.rows("claimWaiting"), "both enqueued trials are claimed");
            assertEquals(3, store.calls("claimWaiting"), "and the queue is asked once more when the budget is spent");
            assertEquals(4, store.calls("startTrial"));
            List<TrialSnapshot> trials = store.trials(study.id());
            assertEquals(List.of(11L, 12L), List.of(trials.get(0).seed(), trials.get(1).seed()));
            assertTrue(!trials.get(2).createdAt().isBefore(trials.get(1).startedAt()),
                    "new trials are sampled after the queue is empty");
        }
    }
}
