package io.automl.eval;

import static io.automl.eval.TestSpaces.BASE;
import static io.automl.eval.TestSpaces.config;
import static io.automl.eval.TestSpaces.regressionSpace;
import static io.automl.eval.TestSpaces.wineFlavanoids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.engine.TrialPrunedException;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.PreparedData;
import io.automl.space.Config;
import io.automl.space.EarlyStopping;
import io.automl.space.SearchSpace;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Real DL4J regression on the bundled wine data: flavanoid content predicted from the other measurements. */
class RegressionTrainingTest {
    private final DatasetCache cache = new DatasetCache();
    private final Config config = config(Map.of("learningRate", 0.01, "batchSize", 16), "relu", 0.0, 32, 16);

    @Test
    void learnsFlavanoidsWellAboveTheMeanBaseline() throws Exception {
        SearchSpace space = regressionSpace(wineFlavanoids("standardize"), 60, "r2", Optional.empty());
        Dl4jEvaluator evaluator = new Dl4jEvaluator(space, BASE, cache);
        TestTrial trial = new TestTrial(config, 5);
        Evaluation e = evaluator.evaluate(trial);
        double r2 = e.value();
        System.out.printf("wine flavanoids: validation r2 %.4f mse %.4f mae %.4f after %s epochs (best %s)%n", r2,
                e.attributes().get("mse"), e.attributes().get("mae"), e.attributes().get("epochs"),
                e.attributes().get("best_epoch"));
        assertTrue(r2 > 0.8, "validation r2 " + r2);
        assertEquals(60, trial.reports.size(), "one intermediate value per epoch");
        double bestReported = trial.reports.stream().mapToDouble(r -> r[1]).max().orElseThrow();
        assertEquals(bestReported, r2, 1e-12, "the value is the best epoch's r2");
        assertEquals(r2, (Double) e.attributes().get("r2"), 1e-12);
        assertTrue((Double) e.attributes().get("mse") > 0 && (Double) e.attributes().get("mae") > 0);
        assertTrue(!e.attributes().containsKey("accuracy"), e.attributes().toString());

        TrialSnapshot snapshot = new TrialSnapshot(1, 1, 0, TrialState.COMPLETE, config, 5, e.value(),
                new TreeMap<>(), e.attributes(), null, "w", 0, Instant.now(), Instant.now(), Instant.now());
        Map<String, Object> test = evaluator.scoreOnTest(snapshot, e.artifacts());
        System.out.printf("wine flavanoids: test %s%n", test);
        assertTrue((Double) test.get("test_r2") > 0.8, test.toString());

        PreparedData d = cache.get(space.dataset(), BASE);
        double[] truth = d.test().targets();
        double mean = Arrays.stream(d.train().targets()).average().orElseThrow();
        double baseline = Arrays.stream(truth).map(t -> (t - mean) * (t - mean)).average().orElseThrow();
        assertTrue((Double) test.get("test_mse") < baseline / 2, "test mse " + test.get("test_mse")
                + " against the training-mean baseline " + baseline);
    }

    @Test
    void targetIsStandardizedOnTheTrainingSplitAndSplitsAreNotStratified() throws Exception {
        PreparedData d = cache.get(wineFlavanoids("standardize"), BASE);
        assertTrue(d.regression());
        assertEquals(1, d.outputs());
        assertEquals(12, d.featureNames().size(), "flavanoids and label are not features: " + d.featureNames());
        assertTrue(!d.featureNames().contains("label") && !d.featureNames().contains("flavanoids"));
        assertEquals(178, d.train().size() + d.validation().size() + d.test().size());
        assertEquals(36, d.validation().size());
        assertEquals(36, d.test().size());
        double[] y = d.train().outputs().toDoubleVector();
        assertEquals(0.0, Arrays.stream(y).average().orElseThrow(), 1e-5);
        double mean = Arrays.stream(d.train().targets()).average().orElseThrow();
        assertEquals(mean, d.targetScale().mean(), 1e-9);
        assertTrue(mean > 1.5 && mean < 2.5, "wine flavanoids average about 2: " + mean);
        assertEquals(d.train().targets()[0], d.targetScale().unscale(y[0]), 1e-4);

        PreparedData raw = cache.get(wineFlavanoids("none"), BASE);
        assertEquals(raw.train().targets()[0], raw.train().outputs().getDouble(0, 0), 1e-5);
    }

    @Test
    void earlyStoppingAndPruningWorkOnRegressionMetrics() throws Exception {
        SearchSpace stopping = regressionSpace(wineFlavanoids("standardize"), 30, "mse",
                Optional.of(new EarlyStopping("mae", 1, 1e9)));
        Evaluation e = new Dl4jEvaluator(stopping, BASE, cache).evaluate(new TestTrial(config, 2));
        assertEquals("early_stopping", e.attributes().get("stop_reason"));
        assertEquals(2, e.attributes().get("epochs"));

        SearchSpace pruned = regressionSpace(wineFlavanoids("standardize"), 30, "mae", Optional.empty());
        TestTrial trial = new TestTrial(config, 2, 2, Optional.empty(), step -> step == 3);
        TrialPrunedException p = assertThrows(TrialPrunedException.class,
                () -> new Dl4jEvaluator(pruned, BASE, cache).evaluate(trial));
        assertEquals(3, trial.reports.size());
        assertTrue(trial.reports.get(2)[1] > 0, "mae reported at each epoch");
        assertTrue(p.getMessage() == null || !p.getMessage().isBlank());
    }

    @Test
    void classificationMetricsAreRefusedForRegression() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dl4jEvaluator(
                regressionSpace(wineFlavanoids("standardize"), 3, "accuracy", Optional.empty()), BASE, cache));
        assertTrue(e.getMessage().contains("metric 'accuracy' does not apply to regression"), e.getMessage());
    }
}
