package io.automl.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Outcome;
import io.automl.engine.StaleTrialException;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Trial life cycle: budgets and claims under concurrency, lease ownership, finishing, releasing. */
abstract class TrialLifecycleTests extends StoreTestBase {
    private static final int THREADS = 8;

    @Test
    void startTrialNeverExceedsTheBudgetUnderConcurrency() throws Exception {
        StudyRecord s = study("budget", Direction.MAXIMIZE);
        int maxTrials = 60;
        List<TrialSnapshot> started = inParallel(worker -> {
            List<TrialSnapshot> mine = new ArrayList<>();
            Optional<TrialSnapshot> t;
            while ((t = store.startTrial(s.id(), maxTrials, config(mine.size()), 7, worker, HOUR)).isPresent()) {
                mine.add(t.get());
            }
            return mine;
        });
        assertEquals(maxTrials, started.size());
        List<Integer> numbers = started.stream().map(TrialSnapshot::number).sorted().toList();
        assertEquals(IntStream.range(0, maxTrials).boxed().toList(), numbers, "numbers 0..n-1, each once");
        assertEquals(maxTrials, store.counts(s.id()).running());
        assertTrue(started.stream().allMatch(t -> t.state() == TrialState.RUNNING && t.startedAt() != null));
    }

    @Test
    void claimWaitingNeverHandsATrialOutTwice() throws Exception {
        StudyRecord s = study("claims", Direction.MINIMIZE);
        int n = 48;
        for (int i = 0; i < n; i++) {
            store.enqueue(s.id(), config(i), 100 + i);
        }
        List<TrialSnapshot> claimed = inParallel(worker -> {
            List<TrialSnapshot> mine = new ArrayList<>();
            Optional<TrialSnapshot> t;
            while ((t = store.claimWaiting(s.id(), worker, HOUR)).isPresent()) {
                mine.add(t.get());
            }
            return mine;
        });
        assertEquals(n, claimed.size());
        assertEquals(n, claimed.stream().map(TrialSnapshot::id).distinct().count(), "no trial claimed twice");
        for (TrialSnapshot t : claimed) {
            TrialSnapshot stored = store.trial(s.id(), t.number()).orElseThrow();
            assertEquals(TrialState.RUNNING, stored.state());
            assertEquals(t.worker(), stored.worker(), "the stored owner is the worker that got the trial");
            assertEquals(100 + t.number(), stored.seed());
        }
        assertTrue(store.claimWaiting(s.id(), "late", HOUR).isEmpty());
    }

    @Test
    void claimTakesTheLowestNumberFirst() {
        StudyRecord s = study("order", Direction.MAXIMIZE);
        store.enqueue(s.id(), config(0), 1);
        store.enqueue(s.id(), config(1), 2);
        TrialSnapshot first = store.claimWaiting(s.id(), "w", HOUR).orElseThrow();
        assertEquals(0, first.number());
        assertEquals("w", first.worker());
        assertEquals(config(0), first.config());
    }

    @Test
    void cancelledTrialsDoNotCountAgainstTheBudget() {
        StudyRecord s = study("cancel", Direction.MAXIMIZE);
        TrialSnapshot waiting = store.enqueue(s.id(), config(0), 1);
        assertTrue(store.startTrial(s.id(), 1, config(1), 1, "w", HOUR).isEmpty(), "WAITING counts");
        TrialSnapshot cancelled = store.finish(waiting.id(), "user", new Outcome.Cancelled("not needed"));
        assertEquals(TrialState.CANCELLED, cancelled.state());
        assertEquals("not needed", cancelled.reason());
        TrialSnapshot started = store.startTrial(s.id(), 1, config(1), 1, "w", HOUR).orElseThrow();
        assertEquals(1, started.number(), "numbers are never reused");
    }

    @Test
    void onlyTheOwningWorkerMayWrite() {
        StudyRecord s = study("owner", Direction.MAXIMIZE);
        TrialSnapshot t = store.startTrial(s.id(), 10, config(0), 1, "w1", HOUR).orElseThrow();
        assertFalse(store.heartbeat(t.id(), "w2", HOUR));
        assertTrue(store.heartbeat(t.id(), "w1", HOUR));
        StaleTrialException e = assertThrows(StaleTrialException.class,
                () -> store.reportIntermediate(t.id(), "w2", 0, 0.5));
        assertTrue(e.getMessage().contains("w1") && e.getMessage().contains("w2"), e.getMessage());
        assertThrows(StaleTrialException.class,
                () -> store.finish(t.id(), "w2", new Outcome.Complete(1, Map.of())));
        assertEquals(TrialState.RUNNING, store.trial(s.id(), 0).orElseThrow().state());
    }

    @Test
    void finishingTwiceAndWritingAfterTheEndAreRejected() {
        StudyRecord s = study("twice", Direction.MAXIMIZE);
        TrialSnapshot t = store.startTrial(s.id(), 10, config(0), 1, "w", HOUR).orElseThrow();
        store.reportIntermediate(t.id(), "w", 0, 0.4);
        TrialSnapshot done = store.finish(t.id(), "w", new Outcome.Complete(0.9, Map.of("epochs", 3)));
        assertEquals(TrialState.COMPLETE, done.state());
        assertEquals(0.9, done.value());
        assertNotNull(done.finishedAt());
        assertEquals(3, done.attributes().get("epochs"));
        assertThrows(StaleTrialException.class, () -> store.finish(t.id(), "w", new Outcome.Failed("x", Map.of())));
        assertThrows(StaleTrialException.class, () -> store.reportIntermediate(t.id(), "w", 1, 0.5));
        assertFalse(store.heartbeat(t.id(), "w", HOUR));
        TrialSnapshot stored = store.trial(s.id(), 0).orElseThrow();
        assertEquals(done, stored, "the rejected writes changed nothing");
    }

    @Test
    void aWaitingTrialMayOnlyBeCancelled() {
        StudyRecord s = study("waiting", Direction.MAXIMIZE);
        TrialSnapshot t = store.enqueue(s.id(), config(0), 1);
        assertThrows(StaleTrialException.class, () -> store.finish(t.id(), "w", new Outcome.Complete(1, Map.of())));
        assertThrows(StaleTrialException.class, () -> store.reportIntermediate(t.id(), "w", 0, 1));
        assertEquals(TrialState.CANCELLED, store.finish(t.id(), "w", new Outcome.Cancelled("stop")).state());
    }

    @Test
    void prunedAndFailedOutcomesKeepTheirValueAndReason() {
        StudyRecord s = study("outcomes", Direction.MINIMIZE);
        TrialSnapshot a = store.startTrial(s.id(), 10, config(0), 1, "w", HOUR).orElseThrow();
        TrialSnapshot b = store.startTrial(s.id(), 10, config(1), 1, "w", HOUR).orElseThrow();
        TrialSnapshot c = store.startTrial(s.id(), 10, config(2), 1, "w", HOUR).orElseThrow();
        assertEquals(0.75, store.finish(a.id(), "w", new Outcome.Pruned(0.75, Map.of())).value());
        assertNull(store.finish(b.id(), "w", new Outcome.Pruned(null, Map.of())).value());
        TrialSnapshot failed = store.finish(c.id(), "w", new Outcome.Failed("out of memory", Map.of("step", 2)));
        assertEquals(TrialState.FAILED, failed.state());
        assertEquals("out of memory", failed.reason());
        assertNull(failed.value());
    }

    @Test
    void expiredLeasesAreRequeuedUntilAttemptsRunOut() {
        StudyRecord s = study("release", Direction.MAXIMIZE);
        TrialSnapshot expired = store.startTrial(s.id(), 10, config(0), 1, "w1", Duration.ZERO).orElseThrow();
        TrialSnapshot alive = store.startTrial(s.id(), 10, config(1), 1, "w2", HOUR).orElseThrow();
        store.reportIntermediate(expired.id(), "w1", 0, 0.3);
        Instant later = Instant.now().plusSeconds(5);

        assertEquals(1, store.releaseRunning(s.id(), later, 2, "lease expired"));
        TrialSnapshot requeued = store.trial(s.id(), 0).orElseThrow();
        assertEquals(TrialState.WAITING, requeued.state());
        assertEquals(1, requeued.attempt());
        assertTrue(requeued.intermediate().isEmpty(), "intermediate values cleared");
        assertNull(requeued.worker());
        assertEquals(TrialState.RUNNING, store.trial(s.id(), 1).orElseThrow().state(), "live lease kept");
        assertThrows(StaleTrialException.class, () -> store.reportIntermediate(expired.id(), "w1", 1, 0.4));
        assertThrows(StaleTrialException.class,
                () -> store.finish(expired.id(), "w1", new Outcome.Complete(1, Map.of())));

        TrialSnapshot again = store.claimWaiting(s.id(), "w3", Duration.ZERO).orElseThrow();
        assertEquals(expired.id(), again.id());
        assertEquals(1, again.attempt());
        assertEquals(1, store.releaseRunning(s.id(), later, 2, "lease expired"));
        TrialSnapshot failed = store.trial(s.id(), 0).orElseThrow();
        assertEquals(TrialState.FAILED, failed.state());
        assertEquals("lease expired", failed.reason());
        assertNotNull(failed.finishedAt());

        assertEquals(1, store.releaseRunning(s.id(), null, 1, "server restarted"), "null releases every RUNNING");
        assertEquals("server restarted", store.trial(s.id(), alive.number()).orElseThrow().reason());
        assertEquals(0, store.counts(s.id()).running());
    }

    /** Runs {@code task} in {@value #THREADS} threads started together; returns all their results. */
    private <T> List<T> inParallel(ThrowingTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String worker = "worker-" + i;
                Callable<List<T>> call = () -> {
                    start.await();
                    return task.run(worker);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<T>> f : futures) {
                all.addAll(f.get(2, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThrowingTask<T> {
        List<T> run(String worker) throws Exception;
    }
}
