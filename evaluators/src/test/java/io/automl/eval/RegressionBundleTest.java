package io.automl.eval;

import static io.automl.eval.TestSpaces.BASE;
import static io.automl.eval.TestSpaces.config;
import static io.automl.eval.TestSpaces.regressionSpace;
import static io.automl.eval.TestSpaces.wineFlavanoids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.eval.bundle.BundleContents;
import io.automl.eval.bundle.BundleManifest;
import io.automl.eval.bundle.BundleReader;
import io.automl.eval.bundle.ModelBundle;
import io.automl.eval.bundle.Predictions;
import io.automl.eval.bundle.Predictor;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.PreparedData;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.factory.Nd4j;

/** A regression model trained on wine, exported as a bundle, read back and used to predict CSV rows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegressionBundleTest {
    private final DatasetCache cache = new DatasetCache();
    private final SearchSpace space = regressionSpace(wineFlavanoids("standardize"), 30, "mse", Optional.empty());
    private final Config config = config(Map.of("learningRate", 0.01, "batchSize", 16), "relu", 0.0, 32, 16);
    private Evaluation evaluation;
    private Map<String, Object> test;
    private TrialSnapshot trial;
    private PreparedData data;

    @BeforeAll
    void train() throws Exception {
        Dl4jEvaluator evaluator = new Dl4jEvaluator(space, BASE, cache);
        evaluation = evaluator.evaluate(new TestTrial(config, 9));
        trial = new TrialSnapshot(2, 1, 5, TrialState.COMPLETE, config, 9, evaluation.value(), new TreeMap<>(),
                evaluation.attributes(), null, "worker-1", 0, Instant.now(), Instant.now(), Instant.now());
        test = evaluator.scoreOnTest(trial, evaluation.artifacts());
        data = cache.get(space.dataset(), BASE);
    }

    private Path export(Path dir) throws Exception {
        Path out = dir.resolve("wine-flavanoids.zip");
        new ModelBundle().export(out, BundleContents.of("wine-flavanoids", trial, test,
                evaluation.artifacts().get("model")));
        return out;
    }

    /** The test rows as CSV, columns shuffled, with or without the target. */
    private Path testRows(Path dir, boolean withTarget) throws Exception {
        List<String> features = data.featureNames();
        double[][] raw = data.test().rawFeatures().toDoubleMatrix();
        double[] truth = data.test().targets();
        StringBuilder sb = new StringBuilder(withTarget ? "flavanoids," : "");
        for (int j = features.size() - 1; j >= 0; j--) {
            sb.append(features.get(j)).append(j == 0 ? "\n" : ",");
        }
        for (int i = 0; i < raw.length; i++) {
            if (withTarget) {
                sb.append(truth[i]).append(',');
            }
            for (int j = features.size() - 1; j >= 0; j--) {
                sb.append(raw[i][j]).append(j == 0 ? "\n" : ",");
            }
        }
        return Files.writeString(dir.resolve(withTarget ? "labelled.csv" : "unlabelled.csv"), sb);
    }

    @Test
    void manifestRecordsTaskTargetScaleAndProvenance(@TempDir Path dir) throws Exception {
        BundleManifest m = new BundleReader().manifest(export(dir));
        assertEquals(BundleManifest.FORMAT_VERSION, m.formatVersion());
        assertEquals(3, m.formatVersion());
        assertEquals("regression", m.task());
        assertTrue(m.regression());
        assertEquals(data.targetScale(), m.target());
        assertEquals("flavanoids", m.labelColumn());
        assertEquals(List.of(), m.labelNames());
        assertEquals(data.featureNames(), m.featureColumns());
        assertFalse(m.featureColumns().contains("label"));
        assertEquals(test.get("test_r2"), m.metrics().get("test_r2"));
        assertEquals(evaluation.value(), ((Number) m.metrics().get("mse")).doubleValue());
        boolean cpu = Nd4j.getEnvironment().isCPU();
        assertTrue(cpu ? m.provenance().get("device").equals("cpu")
                : m.provenance().get("device").toString().startsWith("gpu:"), m.provenance().toString());
        assertTrue(m.provenance().get("nd4j_backend").toString().startsWith(cpu ? "CpuBackend (" : "JCublasBackend ("),
                m.provenance().toString());
        assertTrue(m.provenance().containsKey("train_seconds") && !m.metrics().containsKey("train_seconds"));
        assertEquals("c3e4ab227b603f1267d8fe069c2ba5107933e1853f7297fdc687112260eb48e7",
                m.provenance().get("data_sha256"));
    }

    @Test
    void predictorGivesValuesInTheTargetsUnitsAndTheTestScores(@TempDir Path dir) throws Exception {
        Path bundle = export(dir);
        Predictions p = new Predictor().predict(bundle, testRows(dir, true));
        assertEquals(data.test().size(), p.values().size());
        assertEquals((Double) test.get("test_r2"), p.metrics().get("r2"), 1e-9);
        assertEquals((Double) test.get("test_mse"), p.metrics().get("mse"), 1e-9);
        assertEquals((Double) test.get("test_mae"), p.metrics().get("mae"), 1e-9);
        assertTrue(p.accuracy().isEmpty());
        assertEquals(Float.toString((float) (double) p.values().get(0)), p.labels().get(0));
        double mean = p.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertTrue(mean > 1 && mean < 3.5, "flavanoid predictions in their own units: " + mean);

        Predictions q = new Predictor().predict(bundle, testRows(dir, false));
        assertEquals(Map.of(), q.metrics());
        assertEquals(p.values(), q.values());
    }

    @Test
    void plainDl4jOutputScaledBackMatchesThePredictor(@TempDir Path dir) throws Exception {
        Path bundle = export(dir);
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(bundle.toFile());
        DataNormalization norm = ModelSerializer.restoreNormalizerFromFile(bundle.toFile());
        INDArray x = data.test().rawFeatures().dup();
        norm.transform(x);
        INDArray out = net.output(x, false);
        assertEquals(1, out.columns());
        BundleManifest m = new BundleReader().manifest(bundle);
        List<Double> predicted = new Predictor().predict(bundle, testRows(dir, false)).values();
        for (int i = 0; i < predicted.size(); i++) {
            assertEquals(predicted.get(i), out.getDouble(i, 0) * m.target().std() + m.target().mean(), 1e-9);
        }
    }
}
