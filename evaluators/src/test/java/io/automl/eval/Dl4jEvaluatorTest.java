package io.automl.eval;

import static io.automl.eval.TestSpaces.BASE;
import static io.automl.eval.TestSpaces.config;
import static io.automl.eval.TestSpaces.data;
import static io.automl.eval.TestSpaces.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.engine.TrialPrunedException;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.eval.data.DatasetCache;
import io.automl.space.Config;
import io.automl.space.EarlyStopping;
import io.automl.space.SearchSpace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class Dl4jEvaluatorTest {
    private final DatasetCache cache = new DatasetCache();
    private final Map<String, Object> adam = Map.of("learningRate", 0.01, "batchSize", 16, "optimizer", "adam");

    private Dl4jEvaluator evaluator(SearchSpace space) {
        return new Dl4jEvaluator(space, BASE, cache);
    }

    @Test
    void irisReachesHighValidationAccuracyAndReportsEveryEpoch() throws Exception {
        SearchSpace space = space(data("iris.csv", "standardize"), 20, "accuracy", Optional.empty());
        TestTrial trial = new TestTrial(config(adam, "relu", 0.0, 16), 11);
        Evaluation e = evaluator(space).evaluate(trial);

        assertTrue(e.value() > 0.9, "validation accuracy " + e.value());
        assertEquals(20, trial.reports.size());
        for (int i = 0; i < 20; i++) {
            assertEquals(i + 1, (int) trial.reports.get(i)[0]);
        }
        double bestReported = trial.reports.stream().mapToDouble(r -> r[1]).max().orElseThrow();
        assertEquals(bestReported, e.value());
        int bestEpoch = (Integer) e.attributes().get("best_epoch");
        assertEquals(e.value(), trial.reports.get(bestEpoch - 1)[1]);
        assertEquals(e.value(), e.attributes().get("accuracy"));
        assertEquals(20, e.attributes().get("epochs"));
        assertEquals(4L * 16 + 16 + 16 * 3 + 3, e.attributes().get("parameters"));
        assertEquals("1.0.0-M2.1", e.attributes().get("dl4j_version"));
        assertEquals(64, ((String) e.attributes().get("data_sha256")).length());
        assertTrue(e.artifacts().get("model").length > 500);
    }

    @Test
    void digitsMlpExceeds93PercentAndScoresOnTest() throws Exception {
        SearchSpace space = space(data("digits.csv", "standardize"), 12, "accuracy", Optional.empty());
        Config c = config(Map.of("learningRate", 0.003, "batchSize", 32), "relu", 0.1, 128);
        Dl4jEvaluator ev = evaluator(space);
        Evaluation e = ev.evaluate(new TestTrial(c, 5));
        assertTrue(e.value() > 0.93, "validation accuracy " + e.value());
        double f1 = (Double) e.attributes().get("f1_macro");
        assertTrue(f1 > 0.9 && f1 <= 1.0, "f1 " + f1);

        Map<String, Object> test = ev.scoreOnTest(snapshot(c), e.artifacts());
        assertTrue((Double) test.get("test_accuracy") > 0.9, "test " + test);
        assertTrue((Double) test.get("test_log_loss") > 0, "test " + test);
        assertEquals(3, test.size());
    }

    @Test
    void earlyStoppingEndsAPlateauBeforeTheEpochBudget() throws Exception {
        SearchSpace space = space(data("iris.csv", "standardize"), 40, "accuracy",
                Optional.of(new EarlyStopping("val_loss", 3, 0.01)));
        Map<String, Object> tiny = Map.of("learningRate", 1e-7, "optimizer", "sgd");
        TestTrial trial = new TestTrial(config(tiny, "tanh", 0.0, 8), 3);
        Evaluation e = evaluator(space).evaluate(trial);
        assertEquals("early_stopping", e.attributes().get("stop_reason"));
        assertEquals(4, e.attributes().get("epochs"));
        assertEquals(4, trial.reports.size());
    }

    @Test
    void pruningRequestStopsTraining() {
        SearchSpace space = space(data("iris.csv", "standardize"), 30, "accuracy", Optional.empty());
        TestTrial trial = new TestTrial(config(adam, "relu", 0.0, 8), 3, 1, Optional.empty(), step -> step >= 3);
        TrialPrunedException ex = assertThrows(TrialPrunedException.class, () -> evaluator(space).evaluate(trial));
        assertEquals(3, trial.reports.size());
        assertEquals(trial.reports.get(2)[1], ex.lastValue());
    }

    @Test
    void divergingLossFailsWithReadableMessage() {
        SearchSpace space = space(data("iris.csv", "none"), 10, "accuracy", Optional.empty(), "identity", "mse");
        Map<String, Object> huge = Map.of("learningRate", 1e6, "optimizer", "sgd", "batchSize", 8);
        TestTrial trial = new TestTrial(config(huge, "identity", 0.0, 32, 32), 3);
        EvaluationException ex = assertThrows(EvaluationException.class, () -> evaluator(space).evaluate(trial));
        assertTrue(ex.getMessage().matches("loss became (NaN|infinite) at epoch \\d+"), ex.getMessage());
    }

    @Test
    void oversizedNetworkIsRefusedBeforeAllocation() throws Exception {
        SearchSpace space = space(data("digits.csv", "standardize"), 10, "accuracy", Optional.empty());
        cache.get(space.dataset(), BASE);
        long start = System.nanoTime();
        EvaluationException ex = assertThrows(EvaluationException.class,
                () -> evaluator(space).evaluate(new TestTrial(config(adam, "relu", 0.0, 4096, 4096, 4096), 1)));
        double seconds = (System.nanoTime() - start) / 1e9;
        long expected = 64L * 4096 + 4096 + 2 * (4096L * 4096 + 4096) + 4096L * 10 + 10;
        assertEquals(String.format(java.util.Locale.ROOT, "network has %,d parameters, limit 20,000,000", expected),
                ex.getMessage());
        assertTrue(seconds < 1.0, "took " + seconds + " s");
    }

    @Test
    void unknownActivationAndOptimizerAreNamed() {
        SearchSpace space = space(data("iris.csv", "standardize"), 2, "accuracy", Optional.empty());
        EvaluationException a = assertThrows(EvaluationException.class,
                () -> evaluator(space).evaluate(new TestTrial(config(adam, "wiggle", 0.0, 4), 1)));
        assertTrue(a.getMessage().startsWith("unknown activation 'wiggle' in hidden layer 1"), a.getMessage());
        IllegalArgumentException o = assertThrows(IllegalArgumentException.class, () -> evaluator(space)
                .evaluate(new TestTrial(config(Map.of("optimizer", "lbfgs"), "relu", 0.0, 4), 1)));
        assertTrue(o.getMessage().contains("unknown optimizer 'lbfgs'"), o.getMessage());
    }

    @Test
    void deadlineEndsTrainingAfterThePartialEpoch() throws Exception {
        SearchSpace space = space(data("iris.csv", "standardize"), 50, "accuracy", Optional.empty());
        TestTrial trial = new TestTrial(config(adam, "relu", 0.0, 8), 1, 1, Optional.of(Instant.now()), s -> false);
        Evaluation e = evaluator(space).evaluate(trial);
        assertEquals("deadline", e.attributes().get("stop_reason"));
        assertEquals(1, e.attributes().get("epochs"));
    }

    @Test
    void concurrentTrialsWithTheSameSeedAgree() throws Exception {
        SearchSpace space = space(data("iris.csv", "standardize"), 8, "log_loss", Optional.empty());
        Dl4jEvaluator ev = evaluator(space);
        Config c = config(adam, "tanh", 0.2, 12, 12);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<TestTrial>> runs = List.of(pool.submit(() -> run(ev, c)), pool.submit(() -> run(ev, c)));
            List<double[]> a = runs.get(0).get().reports;
            List<double[]> b = runs.get(1).get().reports;
            assertEquals(8, a.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i)[1], b.get(i)[1], 1e-6, "epoch " + (i + 1));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, cache.size());
    }

    private static TestTrial run(Dl4jEvaluator ev, Config c) throws Exception {
        TestTrial t = new TestTrial(c, 99, 1, Optional.empty(), s -> false);
        ev.evaluate(t);
        return t;
    }

    static TrialSnapshot snapshot(Config c) {
        return new TrialSnapshot(1, 1, 0, TrialState.COMPLETE, c, 5, 0.9, new TreeMap<>(), Map.of(), null, "w", 0,
                Instant.now(), Instant.now(), Instant.now());
    }
}
