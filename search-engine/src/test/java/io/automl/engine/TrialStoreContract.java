package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.Config;
import io.automl.space.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link TrialStore} must have. An implementation's test extends this class and
 * returns a fresh, empty store from {@link #newStore()}; the store is closed after each test.
 * Concurrency tests use 8 threads on one store instance.
 */
public abstract class TrialStoreContract {
    protected static final Duration LEASE = Duration.ofMinutes(1);
    private static final int THREADS = 8;

    protected TrialStore store;

    /** A new, empty store; called once per test. */
    protected abstract TrialStore newStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected StudyRecord study(String name) {
        return createStudy(name, "{\"name\":\"" + name + "\"}", "/data", Direction.MAXIMIZE);
    }

    /**
     * Creates a study in the store under test; a store whose clients may not create studies (the worker API)
     * creates it in the store behind it.
     */
    protected StudyRecord createStudy(String name, String spaceText, String baseDir, Direction direction) {
        return store.createStudy(name, spaceText, baseDir, direction);
    }

    protected static Config config(double x) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("x", x);
        return new Config(v);
    }

    @Test
    void studiesAreCreatedFoundAndUnique() {
        StudyRecord a = study("alpha");
        StudyRecord b = createStudy("beta", "text: b", "/base", Direction.MINIMIZE);
        assertEquals("alpha", a.name());
        assertEquals(StudyState.RUNNING, a.state());
        assertEquals(b, store.findStudy("beta").orElseThrow());
        assertEquals("text: b", store.study(b.id()).orElseThrow().spaceText());
        assertEquals("/base", store.study(b.id()).orElseThrow().baseDir());
        assertEquals(Direction.MINIMIZE, store.study(b.id()).orElseThrow().direction());
        assertTrue(store.findStudy("gamma").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> study("alpha"));
        assertEquals(Set.of("alpha", "beta"), Set.copyOf(store.studies().stream().map(StudyRecord::name).toList()));
        assertEquals(2, store.studies().size());
        store.setStudyState(a.id(), StudyState.COMPLETE);
        assertEquals(StudyState.COMPLETE, store.findStudy("alpha").orElseThrow().state());
    }

    @Test
    void aFailedStudyShowsItsReasonWhereverItIsRead() {
        StudyRecord a = study("refused");
        assertEquals("", a.reason());
        store.failStudy(a.id(), "command evaluators are not allowed on this server");
        StudyRecord read = store.study(a.id()).orElseThrow();
        assertEquals(StudyState.FAILED, read.state());
        assertEquals("command evaluators are not allowed on this server", read.reason());
        assertEquals(read, store.findStudy("refused").orElseThrow());
        assertEquals(read, store.studies().get(0));
        assertThrows(IllegalArgumentException.class, () -> store.failStudy(-1, "why"));
    }

    @Test
    void studiesAreListedNewestFirst() throws InterruptedException {
        study("first");
        Thread.sleep(20);
        study("second");
        assertEquals(List.of("second", "first"), store.studies().stream().map(StudyRecord::name).toList());
    }

    @Test
    void startTrialRespectsTheBudgetUnderConcurrency() throws Exception {
        StudyRecord s = study("budget");
        int maxTrials = 50;
        ConcurrentLinkedQueue<TrialSnapshot> started = new ConcurrentLinkedQueue<>();
        runConcurrently(t -> {
            for (int i = 0; i < 20; i++) {
                store.startTrial(s.id(), maxTrials, config(i), i, "w" + t, LEASE).ifPresent(started::add);
            }
        });
        assertEquals(maxTrials, started.size());
        Set<Integer> numbers = new TreeSet<>();
        started.forEach(t -> numbers.add(t.number()));
        assertEquals(maxTrials, numbers.size());
        assertEquals(0, ((TreeSet<Integer>) numbers).first());
        assertEquals(maxTrials - 1, ((TreeSet<Integer>) numbers).last());
        assertEquals(maxTrials, store.counts(s.id()).running());
        assertTrue(started.stream().allMatch(t -> t.state() == TrialState.RUNNING && t.startedAt() != null));
    }

    @Test
    void waitingTrialsCountAgainstTheBudget() {
        StudyRecord s = study("queued");
        store.enqueue(s.id(), config(1), 1);
        store.enqueue(s.id(), config(2), 2);
        assertTrue(store.startTrial(s.id(), 3, config(3), 3, "w", LEASE).isPresent());
        assertTrue(store.startTrial(s.id(), 3, config(4), 4, "w", LEASE).isEmpty());
        assertEquals(2, store.counts(s.id()).waiting());
    }

    @Test
    void cancelledTrialsDoNotCountAgainstTheBudget() {
        StudyRecord s = study("cancel");
        TrialSnapshot w = store.enqueue(s.id(), config(1), 1);
        TrialSnapshot c = store.finish(w.id(), "anyone", new Outcome.Cancelled("not needed"));
        assertEquals(TrialState.CANCELLED, c.state());
        assertEquals("not needed", c.reason());
        assertTrue(store.startTrial(s.id(), 1, config(2), 2, "w", LEASE).isPresent());
        assertEquals(1, store.counts(s.id()).cancelled());
    }

    @Test
    void claimWaitingTakesTheLowestNumberAndNeverTwice() throws Exception {
        StudyRecord s = study("claims");
        int n = 40;
        for (int i = 0; i < n; i++) {
            store.enqueue(s.id(), config(i), 100 + i);
        }
        TrialSnapshot first = store.claimWaiting(s.id(), "solo", LEASE).orElseThrow();
        assertEquals(0, first.number());
        assertEquals(TrialState.RUNNING, first.state());
        assertEquals("solo", first.worker());
        assertEquals(100, first.seed());
        ConcurrentLinkedQueue<TrialSnapshot> claimed = new ConcurrentLinkedQueue<>();
        runConcurrently(t -> {
            while (true) {
                var c = store.claimWaiting(s.id(), "w" + t, LEASE);
                if (c.isEmpty()) {
                    return;
                }
                claimed.add(c.get());
            }
        });
        assertEquals(n - 1, claimed.size());
        assertEquals(n - 1, claimed.stream().map(TrialSnapshot::number).distinct().count());
        assertTrue(claimed.stream().noneMatch(t -> t.number() == 0));
        assertEquals(n, store.counts(s.id()).running());
        assertTrue(store.claimWaiting(s.id(), "late", LEASE).isEmpty());
    }

    @Test
    void writesFromAnotherWorkerAreRejected() {
        StudyRecord s = study("owners");
        TrialSnapshot t = store.startTrial(s.id(), 5, config(1), 1, "owner", LEASE).orElseThrow();
        assertThrows(StaleTrialException.class, () -> store.reportIntermediate(t.id(), "intruder", 1, 0.5));
        assertThrows(StaleTrialException.class,
                () -> store.finish(t.id(), "intruder", new Outcome.Complete(0.5, Map.of())));
        assertFalse(store.heartbeat(t.id(), "intruder", LEASE));
        assertTrue(store.heartbeat(t.id(), "owner", LEASE));
        assertEquals(TrialState.RUNNING, store.trial(s.id(), t.number()).orElseThrow().state());
        assertTrue(store.trial(s.id(), t.number()).orElseThrow().intermediate().isEmpty());
    }

    @Test
    void finishedTrialsRejectFurtherWrites() {
        StudyRecord s = study("finished");
        TrialSnapshot t = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        TrialSnapshot done = store.finish(t.id(), "w", new Outcome.Complete(0.9, Map.of("accuracy", 0.9)));
        assertEquals(TrialState.COMPLETE, done.state());
        assertEquals(0.9, done.value());
        assertNotNull(done.finishedAt());
        assertThrows(StaleTrialException.class, () -> store.finish(t.id(), "w", new Outcome.Complete(0.1, Map.of())));
        assertThrows(StaleTrialException.class,
                () -> store.finish(t.id(), "w", new Outcome.Failed("late", Map.of())));
        assertThrows(StaleTrialException.class, () -> store.reportIntermediate(t.id(), "w", 2, 0.3));
        assertFalse(store.heartbeat(t.id(), "w", LEASE));
        assertEquals(0.9, store.trial(s.id(), 0).orElseThrow().value());
    }

    @Test
    void everyObjectiveValueOfAMultiObjectiveTrialIsStoredAndReadBack() {
        StudyRecord s = study("several");
        TrialSnapshot a = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        TrialSnapshot b = store.startTrial(s.id(), 5, config(2), 2, "w", LEASE).orElseThrow();
        TrialSnapshot done = store.finish(a.id(), "w", new Outcome.Complete(0.91,
                Map.of("feasible", false, "constraint_violation", 12.5), List.of(0.91, 123456.0, 0.25)));
        store.finish(b.id(), "w", new Outcome.Complete(0.5, Map.of()));
        assertEquals(List.of(0.91, 123456.0, 0.25), done.values());
        TrialSnapshot read = store.trial(s.id(), a.number()).orElseThrow();
        assertEquals(List.of(0.91, 123456.0, 0.25), read.values());
        assertEquals(0.91, read.value());
        assertFalse(read.feasible(), "the infeasible mark is kept");
        TrialSnapshot single = store.trial(s.id(), b.number()).orElseThrow();
        assertEquals(List.of(), single.values());
        assertEquals(List.of(0.5), single.objectiveValues());
        assertTrue(single.feasible());
        assertEquals(List.of(0.91, 123456.0, 0.25), store.trialsSince(s.id(), 0, List.of(TrialState.COMPLETE))
                .get(0).values());
    }

    @Test
    void outcomesStoreValueReasonAndAttributes() {
        StudyRecord s = study("outcomes");
        long pruned = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow().id();
        long failed = store.startTrial(s.id(), 5, config(2), 2, "w", LEASE).orElseThrow().id();
        long cancelled = store.startTrial(s.id(), 5, config(3), 3, "w", LEASE).orElseThrow().id();
        TrialSnapshot p = store.finish(pruned, "w", new Outcome.Pruned(0.25, Map.of("pruned_at", 3)));
        assertEquals(TrialState.PRUNED, p.state());
        assertEquals(0.25, p.value());
        assertEquals(3, ((Number) p.attributes().get("pruned_at")).intValue());
        TrialSnapshot f = store.finish(failed, "w", new Outcome.Failed("OutOfMemoryError: heap", Map.of()));
        assertEquals(TrialState.FAILED, f.state());
        assertEquals("OutOfMemoryError: heap", f.reason());
        assertNull(f.value());
        TrialSnapshot c = store.finish(cancelled, "w", new Outcome.Cancelled("by user"));
        assertEquals(TrialState.CANCELLED, c.state());
        assertEquals("by user", store.trial(s.id(), 2).orElseThrow().reason());
        assertEquals(new StudyCounts(0, 0, 0, 1, 1, 1), store.counts(s.id()));
    }

    @Test
    void releaseRunningRequeuesThenFails() {
        StudyRecord s = study("release");
        TrialSnapshot t = store.startTrial(s.id(), 5, config(7), 77, "dead", LEASE).orElseThrow();
        store.reportIntermediate(t.id(), "dead", 1, 0.4);
        assertEquals(0, store.releaseRunning(s.id(), Instant.now(), 2, "lease expired"));
        assertEquals(1, store.releaseRunning(s.id(), Instant.now().plus(LEASE).plusSeconds(5), 2, "lease expired"));
        TrialSnapshot back = store.trial(s.id(), 0).orElseThrow();
        assertEquals(TrialState.WAITING, back.state());
        assertEquals(1, back.attempt());
        assertTrue(back.intermediate().isEmpty());
        assertEquals(config(7), back.config());
        assertThrows(StaleTrialException.class, () -> store.reportIntermediate(t.id(), "dead", 2, 0.5));
        assertThrows(StaleTrialException.class, () -> store.finish(t.id(), "dead", new Outcome.Complete(1, Map.of())));

        TrialSnapshot again = store.claimWaiting(s.id(), "alive", LEASE).orElseThrow();
        assertEquals(t.id(), again.id());
        assertEquals(77, again.seed());
        assertEquals(1, again.attempt());
        assertEquals(1, store.releaseRunning(s.id(), null, 2, "interrupted twice"));
        TrialSnapshot failed = store.trial(s.id(), 0).orElseThrow();
        assertEquals(TrialState.FAILED, failed.state());
        assertEquals("interrupted twice", failed.reason());
        assertEquals(0, store.releaseRunning(s.id(), null, 2, "nothing left"));
    }

    @Test
    void releaseRunningWithoutTimeReleasesEveryRunningTrialOfTheStudyOnly() {
        StudyRecord s = study("all");
        StudyRecord other = study("other");
        store.startTrial(s.id(), 5, config(1), 1, "a", LEASE).orElseThrow();
        store.startTrial(s.id(), 5, config(2), 2, "b", Duration.ofHours(1)).orElseThrow();
        TrialSnapshot done = store.startTrial(s.id(), 5, config(3), 3, "c", LEASE).orElseThrow();
        store.finish(done.id(), "c", new Outcome.Complete(1, Map.of()));
        store.startTrial(other.id(), 5, config(4), 4, "d", LEASE).orElseThrow();
        assertEquals(2, store.releaseRunning(s.id(), null, 1, "process restarted"));
        assertEquals(new StudyCounts(0, 0, 1, 0, 2, 0), store.counts(s.id()));
        assertEquals(1, store.counts(other.id()).running());
    }

    @Test
    void heartbeatExtendsTheLeaseAndZeroExpiresIt() {
        StudyRecord s = study("heartbeat");
        TrialSnapshot t = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        assertTrue(store.heartbeat(t.id(), "w", Duration.ofMinutes(10)));
        assertEquals(0, store.releaseRunning(s.id(), Instant.now().plus(Duration.ofMinutes(5)), 3, "expired"));
        assertTrue(store.heartbeat(t.id(), "w", Duration.ZERO));
        assertEquals(1, store.releaseRunning(s.id(), Instant.now().plusSeconds(1), 3, "expired"));
        assertFalse(store.heartbeat(t.id(), "w", LEASE));
    }

    @Test
    void intermediateValuesReplaceAtTheSameStep() {
        StudyRecord s = study("steps");
        TrialSnapshot t = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        store.reportIntermediate(t.id(), "w", 2, 0.2);
        store.reportIntermediate(t.id(), "w", 1, 0.1);
        store.reportIntermediate(t.id(), "w", 2, 0.25);
        store.reportIntermediate(t.id(), "w", 3, -1.5);
        assertEquals(Map.of(1, 0.1, 2, 0.25, 3, -1.5), store.trial(s.id(), 0).orElseThrow().intermediate());
        assertEquals(List.of(1, 2, 3), new ArrayList<>(store.trial(s.id(), 0).orElseThrow().intermediate().keySet()));
    }

    @Test
    void leaderboardOrdersCompleteTrialsInBothDirections() {
        StudyRecord s = study("board");
        double[] values = {0.5, 0.9, 0.1, 0.9, 0.7};
        for (double v : values) {
            TrialSnapshot t = store.startTrial(s.id(), 10, config(v), 0, "w", LEASE).orElseThrow();
            store.finish(t.id(), "w", new Outcome.Complete(v, Map.of()));
        }
        TrialSnapshot pruned = store.startTrial(s.id(), 10, config(2), 0, "w", LEASE).orElseThrow();
        store.finish(pruned.id(), "w", new Outcome.Pruned(5.0, Map.of()));
        store.startTrial(s.id(), 10, config(3), 0, "w", LEASE).orElseThrow();
        assertEquals(List.of(1, 3, 4, 0, 2), numbers(store.leaderboard(s.id(), Direction.MAXIMIZE, 10)));
        assertEquals(List.of(2, 0, 4), numbers(store.leaderboard(s.id(), Direction.MINIMIZE, 3)));
        assertEquals(List.of(1), numbers(store.leaderboard(s.id(), Direction.MAXIMIZE, 1)));
        assertTrue(store.leaderboard(study("empty").id(), Direction.MAXIMIZE, 5).isEmpty());
    }

    @Test
    void countsFollowEveryState() {
        StudyRecord s = study("counts");
        store.enqueue(s.id(), config(0), 0);
        store.startTrial(s.id(), 10, config(1), 1, "w", LEASE).orElseThrow();
        long c = store.startTrial(s.id(), 10, config(2), 2, "w", LEASE).orElseThrow().id();
        store.finish(c, "w", new Outcome.Complete(1, Map.of()));
        long f = store.startTrial(s.id(), 10, config(3), 3, "w", LEASE).orElseThrow().id();
        store.finish(f, "w", new Outcome.Failed("boom", Map.of()));
        StudyCounts counts = store.counts(s.id());
        assertEquals(new StudyCounts(1, 1, 1, 0, 1, 0), counts);
        assertEquals(2, counts.finished());
        assertEquals(4, counts.budgeted());
        assertEquals(new StudyCounts(0, 0, 0, 0, 0, 0), store.counts(study("none").id()));
    }

    @Test
    void artifactsAreStoredReplacedAndIsolated() {
        StudyRecord s = study("artifacts");
        TrialSnapshot a = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        TrialSnapshot b = store.startTrial(s.id(), 5, config(2), 2, "w", LEASE).orElseThrow();
        byte[] model = new byte[100_000];
        for (int i = 0; i < model.length; i++) {
            model[i] = (byte) (i * 31);
        }
        store.putArtifact(a.id(), "model", model);
        assertArrayEquals(model, store.artifact(a.id(), "model").orElseThrow());
        store.putArtifact(a.id(), "model", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, store.artifact(a.id(), "model").orElseThrow());
        assertTrue(store.artifact(a.id(), "other").isEmpty());
        assertTrue(store.artifact(b.id(), "model").isEmpty());
        store.finish(a.id(), "w", new Outcome.Complete(1, Map.of()));
        store.putArtifact(a.id(), "report", new byte[0]);
        assertArrayEquals(new byte[0], store.artifact(a.id(), "report").orElseThrow());
    }

    @Test
    void artifactsOfFinishedTrialsCanBeDeletedOneByOne() {
        StudyRecord s = study("artifact-deletion");
        TrialSnapshot a = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        TrialSnapshot b = store.startTrial(s.id(), 5, config(2), 2, "w", LEASE).orElseThrow();
        store.putArtifact(a.id(), "model", new byte[] {1, 2});
        store.putArtifact(a.id(), "report", new byte[] {3});
        store.putArtifact(b.id(), "model", new byte[] {4});
        store.finish(a.id(), "w", new Outcome.Complete(1, Map.of()));
        assertTrue(store.deleteArtifact(a.id(), "model"));
        assertTrue(store.artifact(a.id(), "model").isEmpty());
        assertArrayEquals(new byte[] {3}, store.artifact(a.id(), "report").orElseThrow());
        assertArrayEquals(new byte[] {4}, store.artifact(b.id(), "model").orElseThrow());
        assertFalse(store.deleteArtifact(a.id(), "model"));
        store.putArtifact(a.id(), "model", new byte[] {5});
        assertArrayEquals(new byte[] {5}, store.artifact(a.id(), "model").orElseThrow());
    }

    /** Whether the store deletes studies; a store that refuses must refuse cleanly (see {@link TrialStore#deleteStudy}). */
    protected boolean deletesStudies() {
        return true;
    }

    @Test
    void deletingAStudyRemovesItsTrialsValuesAndArtifactsOnly() {
        StudyRecord gone = study("doomed");
        StudyRecord kept = study("kept");
        TrialSnapshot a = store.startTrial(gone.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        store.reportIntermediate(a.id(), "w", 0, 0.5);
        store.putArtifact(a.id(), "model", new byte[] {1, 2});
        store.finish(a.id(), "w", new Outcome.Complete(0.9, Map.of()));
        store.enqueue(gone.id(), config(2), 2);
        TrialSnapshot k = store.startTrial(kept.id(), 5, config(3), 3, "w", LEASE).orElseThrow();
        store.reportIntermediate(k.id(), "w", 0, 0.25);
        store.putArtifact(k.id(), "model", new byte[] {7});
        if (!deletesStudies()) {
            assertThrows(UnsupportedOperationException.class, () -> store.deleteStudy(gone.id()));
            assertEquals(2, store.trials(gone.id()).size());
            return;
        }
        store.deleteStudy(gone.id());
        assertTrue(store.findStudy("doomed").isEmpty());
        assertTrue(store.study(gone.id()).isEmpty());
        assertEquals(List.of("kept"), store.studies().stream().map(StudyRecord::name).toList());
        assertThrows(IllegalArgumentException.class, () -> store.deleteStudy(gone.id()));
        TrialSnapshot still = store.trial(kept.id(), 0).orElseThrow();
        assertEquals(Map.of(0, 0.25), still.intermediate());
        assertArrayEquals(new byte[] {7}, store.artifact(k.id(), "model").orElseThrow());
        StudyRecord again = study("doomed");
        assertEquals(0, store.trials(again.id()).size());
        assertEquals(0, store.startTrial(again.id(), 5, config(4), 4, "w", LEASE).orElseThrow().number());
        assertEquals(new StudyCounts(0, 1, 0, 0, 0, 0), store.counts(again.id()));
    }

    @Test
    void attributesMergeAlsoOnFinishedTrials() {
        StudyRecord s = study("attributes");
        TrialSnapshot t = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        store.finish(t.id(), "w", new Outcome.Complete(0.8, Map.of("accuracy", 0.8, "epochs", 12, "note", "ok")));
        store.addAttributes(t.id(), Map.of("test_accuracy", 0.75, "note", "rescored", "early", true));
        Map<String, Object> attrs = store.trial(s.id(), 0).orElseThrow().attributes();
        assertEquals(0.8, ((Number) attrs.get("accuracy")).doubleValue());
        assertEquals(12, ((Number) attrs.get("epochs")).intValue());
        assertEquals(0.75, ((Number) attrs.get("test_accuracy")).doubleValue());
        assertEquals("rescored", attrs.get("note"));
        assertEquals(Boolean.TRUE, attrs.get("early"));
        assertEquals(TrialState.COMPLETE, store.trial(s.id(), 0).orElseThrow().state());
    }

    @Test
    void configValuesRoundTripWithTypesAndKeyOrder() {
        StudyRecord s = study("configs");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("zeta", 3);
        v.put("learningRate", 0.001234);
        v.put("optimizer", "adam");
        v.put("nesterov", true);
        v.put("arch.b0.repeat", 2);
        v.put("alpha", 1.0);
        Config config = new Config(v);
        TrialSnapshot started = store.startTrial(s.id(), 5, config, -42L, "w", LEASE).orElseThrow();
        store.enqueue(s.id(), config, Long.MAX_VALUE);
        for (TrialSnapshot t : List.of(store.trial(s.id(), 0).orElseThrow(), store.trial(s.id(), 1).orElseThrow(),
                started)) {
            assertEquals(List.copyOf(v.keySet()), List.copyOf(t.config().values().keySet()));
            assertEquals(Integer.valueOf(3), t.config().values().get("zeta"));
            assertEquals(Double.valueOf(0.001234), t.config().values().get("learningRate"));
            assertEquals("adam", t.config().values().get("optimizer"));
            assertEquals(Boolean.TRUE, t.config().values().get("nesterov"));
            assertEquals(Integer.valueOf(2), t.config().values().get("arch.b0.repeat"));
            assertEquals(Double.valueOf(1.0), t.config().values().get("alpha"));
            assertEquals(config, t.config());
        }
        assertEquals(-42L, store.trial(s.id(), 0).orElseThrow().seed());
        assertEquals(Long.MAX_VALUE, store.trial(s.id(), 1).orElseThrow().seed());
    }

    @Test
    void trialsAreListedInNumberOrderAndSinceAnId() {
        StudyRecord s = study("since");
        StudyRecord other = study("elsewhere");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(store.startTrial(s.id(), 10, config(i), i, "w", LEASE).orElseThrow().id());
            store.startTrial(other.id(), 10, config(i), i, "w", LEASE).orElseThrow();
        }
        store.finish(ids.get(1), "w", new Outcome.Complete(1, Map.of()));
        store.finish(ids.get(4), "w", new Outcome.Failed("x", Map.of()));
        store.finish(ids.get(5), "w", new Outcome.Complete(2, Map.of()));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), numbers(store.trials(s.id())));
        assertTrue(store.trials(s.id()).stream().allMatch(t -> t.studyId() == s.id()));
        List<TrialState> all = List.of(TrialState.values());
        assertEquals(List.of(3, 4, 5), numbers(store.trialsSince(s.id(), ids.get(2), all)));
        assertEquals(List.of(1, 5), numbers(store.trialsSince(s.id(), 0, List.of(TrialState.COMPLETE))));
        assertEquals(List.of(5), numbers(store.trialsSince(s.id(), ids.get(1), List.of(TrialState.COMPLETE))));
        assertEquals(List.of(0, 2, 3), numbers(store.trialsSince(s.id(), 0, List.of(TrialState.RUNNING))));
        assertTrue(store.trialsSince(s.id(), ids.get(5), all).isEmpty());
        assertTrue(store.trial(s.id(), 6).isEmpty());
        assertEquals(ids.get(3), store.trial(s.id(), 3).orElseThrow().id());
    }

    @Test
    void snapshotsAreReadOnly() {
        StudyRecord s = study("readonly");
        TrialSnapshot t = store.startTrial(s.id(), 5, config(1), 1, "w", LEASE).orElseThrow();
        store.reportIntermediate(t.id(), "w", 1, 0.5);
        TrialSnapshot read = store.trial(s.id(), 0).orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> read.intermediate().put(2, 1.0));
        assertThrows(UnsupportedOperationException.class, () -> read.attributes().put("k", 1));
        assertThrows(UnsupportedOperationException.class, () -> store.trials(s.id()).add(read));
        assertEquals("w", read.worker());
        assertEquals(0, read.attempt());
        assertNotNull(read.createdAt());
    }

    private static List<Integer> numbers(List<TrialSnapshot> trials) {
        return trials.stream().map(TrialSnapshot::number).toList();
    }

    /** A task run by each of the concurrent threads, given the thread's index. */
    protected interface ThreadTask {
        void run(int thread) throws Exception;
    }

    /** Runs {@code task} on {@value #THREADS} threads released together; rethrows the first failure. */
    protected static void runConcurrently(ThreadTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int index = t;
                futures.add(pool.submit(() -> {
                    go.await();
                    task.run(index);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
