package io.automl.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Outcome;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the store keeps: studies, configurations, values, attributes and artifacts, across a reopen. */
abstract class StoreDataTests extends StoreTestBase {

    @Test
    void createsAndFindsStudies() {
        StudyRecord a = study("alpha", Direction.MAXIMIZE);
        StudyRecord b = study("beta", Direction.MINIMIZE);
        assertEquals(a, store.findStudy("alpha").orElseThrow());
        assertEquals(b, store.study(b.id()).orElseThrow());
        assertEquals("/data/beta", b.baseDir());
        assertEquals(StudyState.RUNNING, a.state());
        assertTrue(store.findStudy("gamma").isEmpty());
        assertEquals(List.of("beta", "alpha"), store.studies().stream().map(StudyRecord::name).toList());
        store.setStudyState(a.id(), StudyState.COMPLETE);
        assertEquals(StudyState.COMPLETE, store.study(a.id()).orElseThrow().state());
        assertThrows(IllegalArgumentException.class, () -> store.setStudyState(-1, StudyState.COMPLETE));
    }

    @Test
    void resumingAFailedStudyClearsItsReason() {
        StudyRecord a = study("refused", Direction.MAXIMIZE);
        store.failStudy(a.id(), "data set outside the data folders");
        assertEquals("data set outside the data folders", store.study(a.id()).orElseThrow().reason());
        store.setStudyState(a.id(), StudyState.RUNNING);
        StudyRecord resumed = store.study(a.id()).orElseThrow();
        assertEquals(StudyState.RUNNING, resumed.state());
        assertEquals("", resumed.reason());
    }

    @Test
    void rejectsADuplicateStudyName() {
        StudyRecord a = study("same", Direction.MAXIMIZE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.createStudy("same", "other", "/other", Direction.MINIMIZE));
        assertTrue(e.getMessage().contains("same"), e.getMessage());
        assertEquals(List.of(a), store.studies());
    }

    @Test
    void configurationsAndAttributesRoundTripExactly() {
        StudyRecord s = study("json", Direction.MAXIMIZE);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("optimizer", "sgd");
        values.put("learningRate", 0.0123456789012345);
        values.put("batchSize", 64);
        values.put("arch.b0.l1.units", 128);
        values.put("dropout", 0.0);
        values.put("nesterov", true);
        values.put("momentum", 1.0E-12);
        Config config = new Config(values);
        TrialSnapshot t = store.startTrial(s.id(), 5, config, Long.MAX_VALUE, "w", HOUR).orElseThrow();
        TrialSnapshot read = store.trial(s.id(), 0).orElseThrow();
        assertEquals(config, read.config());
        assertEquals(List.copyOf(values.keySet()), List.copyOf(read.config().values().keySet()), "key order kept");
        assertEquals(Integer.class, read.config().get("batchSize").getClass());
        assertEquals(Double.class, read.config().get("dropout").getClass());
        assertEquals(Long.MAX_VALUE, read.seed());

        Map<String, Object> attributes = Map.of("metrics", Map.of("accuracy", 0.93, "loss", 0.21),
                "libraries", List.of("dl4j-1.0.0-M2.1"));
        store.finish(t.id(), "w", new Outcome.Complete(0.93, attributes));
        store.addAttributes(t.id(), Map.of("testScore", 0.91));
        Map<String, Object> stored = store.trial(s.id(), 0).orElseThrow().attributes();
        assertEquals(0.91, stored.get("testScore"), "added to a finished trial");
        assertEquals(Map.of("accuracy", 0.93, "loss", 0.21), stored.get("metrics"));
        assertEquals(List.of("dl4j-1.0.0-M2.1"), stored.get("libraries"));
    }

    @Test
    void intermediateValuesReplaceTheOneAtTheSameStep() {
        StudyRecord s = study("steps", Direction.MINIMIZE);
        TrialSnapshot t = store.startTrial(s.id(), 5, config(0), 1, "w", HOUR).orElseThrow();
        store.reportIntermediate(t.id(), "w", 2, 0.5);
        store.reportIntermediate(t.id(), "w", 0, 0.9);
        store.reportIntermediate(t.id(), "w", 2, 0.4);
        assertEquals(Map.of(0, 0.9, 2, 0.4), store.trial(s.id(), 0).orElseThrow().intermediate());
        assertEquals(List.of(0, 2), List.copyOf(store.trials(s.id()).get(0).intermediate().keySet()));
    }

    @Test
    void leaderboardOrdersCompleteTrialsByDirectionThenNumber() {
        StudyRecord max = study("max", Direction.MAXIMIZE);
        double[] values = {0.5, 0.9, 0.7, 0.9, 0.1};
        for (double v : values) {
            completed(max.id(), "w", v);
        }
        TrialSnapshot pruned = store.startTrial(max.id(), 99, config(9), 1, "w", HOUR).orElseThrow();
        store.finish(pruned.id(), "w", new Outcome.Pruned(5.0, Map.of()));
        store.startTrial(max.id(), 99, config(9), 1, "w", HOUR);

        List<TrialSnapshot> best = store.leaderboard(max.id(), Direction.MAXIMIZE, 3);
        assertEquals(List.of(1, 3, 2), best.stream().map(TrialSnapshot::number).toList(), "ties by number");
        assertEquals(List.of(0.9, 0.9, 0.7), best.stream().map(TrialSnapshot::value).toList());
        List<TrialSnapshot> worst = store.leaderboard(max.id(), Direction.MINIMIZE, 10);
        assertEquals(List.of(4, 0, 2, 1, 3), worst.stream().map(TrialSnapshot::number).toList(),
                "only COMPLETE trials, ascending");
        assertTrue(store.leaderboard(max.id(), Direction.MAXIMIZE, 0).isEmpty());
    }

    @Test
    void countsTrialsPerState() {
        StudyRecord s = study("counts", Direction.MAXIMIZE);
        completed(s.id(), "w", 1);
        completed(s.id(), "w", 2);
        TrialSnapshot p = store.startTrial(s.id(), 99, config(0), 1, "w", HOUR).orElseThrow();
        store.finish(p.id(), "w", new Outcome.Pruned(null, Map.of()));
        TrialSnapshot f = store.startTrial(s.id(), 99, config(0), 1, "w", HOUR).orElseThrow();
        store.finish(f.id(), "w", new Outcome.Failed("diverged", Map.of()));
        store.startTrial(s.id(), 99, config(0), 1, "w", HOUR);
        store.enqueue(s.id(), config(0), 1);
        TrialSnapshot c = store.enqueue(s.id(), config(0), 1);
        store.finish(c.id(), "user", new Outcome.Cancelled("no"));
        StudyCounts counts = store.counts(s.id());
        assertEquals(new StudyCounts(1, 1, 2, 1, 1, 1), counts);
        assertEquals(6, counts.budgeted());
        assertEquals(new StudyCounts(0, 0, 0, 0, 0, 0), store.counts(study("empty", Direction.MAXIMIZE).id()));
    }

    @Test
    void trialsSinceReadsOnlyNewerTrialsInTheGivenStates() {
        StudyRecord s = study("since", Direction.MAXIMIZE);
        TrialSnapshot a = completed(s.id(), "w", 1);
        TrialSnapshot b = store.startTrial(s.id(), 99, config(1), 1, "w", HOUR).orElseThrow();
        TrialSnapshot c = completed(s.id(), "w", 3);
        List<TrialState> complete = List.of(TrialState.COMPLETE);
        assertEquals(List.of(a.id(), c.id()), ids(store.trialsSince(s.id(), 0, complete)));
        assertEquals(List.of(c.id()), ids(store.trialsSince(s.id(), a.id(), complete)));
        assertEquals(List.of(b.id(), c.id()),
                ids(store.trialsSince(s.id(), a.id(), List.of(TrialState.RUNNING, TrialState.COMPLETE))));
        assertTrue(store.trialsSince(s.id(), c.id(), List.of(TrialState.values())).isEmpty());
    }

    @Test
    void longListsOfInterleavedStudiesCarryOnlyTheirOwnIntermediateValues() {
        StudyRecord a = study("long-a", Direction.MAXIMIZE);
        StudyRecord b = study("long-b", Direction.MAXIMIZE);
        int n = 520; // beyond the id-list limit, so the list reads its steps by id range
        for (int i = 0; i < n; i++) {
            for (StudyRecord s : List.of(a, b)) {
                TrialSnapshot t = store.startTrial(s.id(), n, config(i), i, "w", HOUR).orElseThrow();
                store.reportIntermediate(t.id(), "w", i % 3, s == a ? i : -i - 1);
            }
        }
        List<TrialSnapshot> listA = store.trials(a.id());
        assertEquals(n, listA.size());
        for (TrialSnapshot t : listA) {
            assertEquals(Map.of(t.number() % 3, (double) t.number()), t.intermediate(), "trial " + t.number());
        }
        List<TrialSnapshot> sinceB = store.trialsSince(b.id(), 0, List.of(TrialState.RUNNING));
        assertEquals(n, sinceB.size());
        assertTrue(sinceB.stream().allMatch(t -> t.intermediate().equals(Map.of(t.number() % 3, -1.0 - t.number()))));
    }

    @Test
    void artifactsRoundTripAndReplace() {
        StudyRecord s = study("artifacts", Direction.MAXIMIZE);
        TrialSnapshot t = completed(s.id(), "w", 1);
        byte[] model = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(model);
        store.putArtifact(t.id(), "model.zip", model);
        assertArrayEquals(model, store.artifact(t.id(), "model.zip").orElseThrow());
        byte[] smaller = {1, 2, 3};
        store.putArtifact(t.id(), "model.zip", smaller);
        assertArrayEquals(smaller, store.artifact(t.id(), "model.zip").orElseThrow());
        assertTrue(store.artifact(t.id(), "normalizer.bin").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.putArtifact(-5, "x", smaller));
    }

    @Test
    void everythingSurvivesCloseAndReopen() {
        StudyRecord s = study("durable", Direction.MINIMIZE);
        TrialSnapshot t = completed(s.id(), "w", 0.25);
        store.addAttributes(t.id(), Map.of("testScore", 0.3));
        TrialSnapshot running = store.startTrial(s.id(), 99, config(1), 5, "w", HOUR).orElseThrow();
        store.reportIntermediate(running.id(), "w", 0, 0.8);
        store.reportIntermediate(running.id(), "w", 1, 0.6);
        store.enqueue(s.id(), config(2), 6);
        store.putArtifact(t.id(), "model.zip", new byte[] {9, 8, 7});
        List<TrialSnapshot> before = store.trials(s.id());

        reopen();

        assertEquals(s, store.findStudy("durable").orElseThrow());
        assertEquals(before, store.trials(s.id()), "every trial, value, step and attribute");
        assertArrayEquals(new byte[] {9, 8, 7}, store.artifact(t.id(), "model.zip").orElseThrow());
        assertEquals(3, store.startTrial(s.id(), 99, config(3), 1, "w", HOUR).orElseThrow().number());
    }

    private static List<Long> ids(List<TrialSnapshot> trials) {
        return trials.stream().map(TrialSnapshot::id).toList();
    }
}
