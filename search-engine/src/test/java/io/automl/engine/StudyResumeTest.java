package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.Config;
import io.automl.space.PrunerSpec;
import io.automl.space.SearchSpace;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Resuming after a killed process, interrupting a run, and leases taken over by other workers. */
class StudyResumeTest {
    final TrialStore store = new InMemoryTrialStore();
    final StudyRunner runner = new StudyRunner(store, new SamplerRegistry(), new PrunerRegistry(), Clock.systemUTC());

    @AfterEach
    void close() {
        store.close();
    }

    StudyRecord open(SearchSpace space) {
        return new StudyCatalog(store).openOrCreate(space, space.name(), "/tmp");
    }

    @Test
    void anExclusiveRunRerunsTrialsLeftRunningByAKilledProcess() {
        SearchSpace space = Spaces.branin("resume", Spaces.trials(10), Spaces.random(5), PrunerSpec.none());
        StudyRecord study = open(space);
        List<Config> orphans = List.of(cfg(1, 2), cfg(3, 4), cfg(5, 6));
        for (Config c : orphans) {
            TrialSnapshot t = store.startTrial(study.id(), 10, c, 9, "killed-0", Duration.ofHours(1)).orElseThrow();
            store.reportIntermediate(t.id(), "killed-0", 1, 99);
        }
        TrialSnapshot done = store.startTrial(study.id(), 10, cfg(0, 0), 9, "killed-0", Duration.ofHours(1))
                .orElseThrow();
        store.finish(done.id(), "killed-0", new Outcome.Complete(BraninEvaluator.branin(0, 0), Map.of()));

        StudyResult result = runner.run(study, space, new BraninEvaluator(2, 0, Map.of()),
                new RunOptions(2, 2, "again", Duration.ofSeconds(30), 2, true), StudyListener.NONE);

        assertTrue(result.budgetReached());
        assertEquals(10, result.counts().complete());
        List<TrialSnapshot> trials = store.trials(study.id());
        assertEquals(10, trials.size());
        for (int n = 0; n < 3; n++) {
            TrialSnapshot t = trials.get(n);
            assertEquals(orphans.get(n), t.config());
            assertEquals(1, t.attempt());
            assertTrue(t.worker().startsWith("again-"));
            assertEquals(BraninEvaluator.branin(t.config().getDouble("x1"), t.config().getDouble("x2")), t.value());
            assertEquals(2, t.intermediate().size());
        }
        assertEquals("killed-0", trials.get(3).worker());
    }

    @Test
    void aSharedRunLeavesTrialsWithLiveLeasesToTheirOwner() {
        SearchSpace space = Spaces.branin("shared", Spaces.trials(5), Spaces.random(6), PrunerSpec.none());
        StudyRecord study = open(space);
        TrialSnapshot elsewhere = store.startTrial(study.id(), 5, cfg(1, 1), 1, "other-host-0", Duration.ofHours(1))
                .orElseThrow();
        StudyResult result = runner.run(study, space, new BraninEvaluator(1, 0, Map.of()),
                new RunOptions(2, 2, "here", Duration.ofSeconds(30), 2, false), StudyListener.NONE);
        assertFalse(result.budgetReached());
        assertEquals(4, result.counts().complete());
        assertEquals(1, result.counts().running());
        assertEquals(StudyState.RUNNING, result.study().state());
        assertEquals("other-host-0", store.trial(study.id(), elsewhere.number()).orElseThrow().worker());
    }

    @Test
    void interruptingARunPutsItsTrialsBackAndAResumeFinishesThem() throws Exception {
        SearchSpace space = Spaces.branin("stop", Spaces.trials(6), Spaces.random(7), PrunerSpec.none());
        StudyRecord study = open(space);
        CountDownLatch twoRunning = new CountDownLatch(2);
        StudyListener listener = new StudyListener() {
            @Override
            public void trialStarted(TrialSnapshot t) {
                twoRunning.countDown();
            }
        };
        AtomicReference<StudyResult> first = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            first.set(runner.run(study, space, new BraninEvaluator(3, 20_000, Map.of()),
                    new RunOptions(2, 2, "first", Duration.ofSeconds(30), 2, true), listener));
            flagKept.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertTrue(twoRunning.await(10, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        caller.interrupt();
        caller.join(15_000);
        assertFalse(caller.isAlive());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "the run took too long to stop");
        assertTrue(flagKept.get(), "the interrupt flag is restored");
        assertFalse(first.get().budgetReached());
        assertEquals(2, first.get().counts().waiting());
        assertEquals(0, first.get().counts().running());
        List<Config> interrupted = store.trials(study.id()).stream().map(TrialSnapshot::config).toList();

        StudyResult second = runner.run(study, space, new BraninEvaluator(3, 0, Map.of()),
                new RunOptions(2, 2, "second", Duration.ofSeconds(30), 2, true), StudyListener.NONE);
        assertTrue(second.budgetReached());
        assertEquals(6, second.counts().complete());
        List<TrialSnapshot> trials = store.trials(study.id());
        assertEquals(6, trials.size());
        assertEquals(interrupted, trials.subList(0, 2).stream().map(TrialSnapshot::config).toList());
        assertTrue(trials.subList(0, 2).stream().allMatch(t -> t.attempt() == 1));
    }

    @Test
    void aTrialWhoseLeaseWasTakenCannotFinish() {
        SearchSpace space = Spaces.branin("stolen", Spaces.trials(3), Spaces.random(8), PrunerSpec.none());
        StudyRecord study = open(space);
        AtomicLong interruptedAfter = new AtomicLong(-1);
        Evaluator evaluator = new BraninEvaluator(1, 0, Map.of()) {
            @Override
            public Evaluation evaluate(Trial trial) throws Exception {
                if (trial.number() == 0) {
                    store.releaseRunning(study.id(), null, 5, "taken over");
                    store.claimWaiting(study.id(), "thief", Duration.ofHours(1)).orElseThrow();
                    long t0 = System.nanoTime();
                    try {
                        Thread.sleep(20_000);
                    } catch (InterruptedException e) {
                        interruptedAfter.set((System.nanoTime() - t0) / 1_000_000);
                        throw e;
                    }
                }
                return super.evaluate(trial);
            }
        };
        StudyResult result = runner.run(study, space, evaluator,
                new RunOptions(1, 1, "victim", Duration.ofMillis(300), 2, false), StudyListener.NONE);
        assertTrue(interruptedAfter.get() >= 0 && interruptedAfter.get() < 2000, "interrupted after "
                + interruptedAfter.get() + " ms");
        TrialSnapshot taken = store.trial(study.id(), 0).orElseThrow();
        assertEquals(TrialState.RUNNING, taken.state());
        assertEquals("thief", taken.worker());
        assertEquals(2, result.counts().complete());
        assertFalse(result.budgetReached());
        TrialSnapshot finished = store.finish(taken.id(), "thief", new Outcome.Complete(1.5, Map.of()));
        assertEquals(1.5, finished.value());
    }

    private static Config cfg(double x1, double x2) {
        return new Config(Map.of("x1", x1, "x2", x2));
    }
}
