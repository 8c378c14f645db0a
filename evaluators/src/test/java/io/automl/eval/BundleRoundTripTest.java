package io.automl.eval;

import static io.automl.eval.TestSpaces.BASE;
import static io.automl.eval.TestSpaces.config;
import static io.automl.eval.TestSpaces.data;
import static io.automl.eval.TestSpaces.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import io.automl.eval.data.DatasetException;
import io.automl.eval.data.PreparedData;
import io.automl.eval.dl4j.Metrics;
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

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleRoundTripTest {
    private final DatasetCache cache = new DatasetCache();
    private final SearchSpace space = space(data("iris.csv", "standardize"), 15, "accuracy", Optional.empty());
    private final Config config = config(Map.of("learningRate", 0.01, "batchSize", 16), "relu", 0.1, 16, 8);
    private Dl4jEvaluator evaluator;
    private Evaluation evaluation;
    private Map<String, Object> test;
    private TrialSnapshot trial;

    @BeforeAll
    void train() throws Exception {
        evaluator = new Dl4jEvaluator(space, BASE, cache);
        evaluation = evaluator.evaluate(new TestTrial(config, 21));
        trial = new TrialSnapshot(4, 1, 3, TrialState.COMPLETE, config, 21, evaluation.value(), new TreeMap<>(),
                evaluation.attributes(), null, "worker-1", 0, Instant.now(), Instant.now(), Instant.now());
        test = evaluator.scoreOnTest(trial, evaluation.artifacts());
    }

    private Path export(Path dir) throws Exception {
        Path out = dir.resolve("best.zip");
        new ModelBundle().export(out, BundleContents.of("iris-study", trial, test, evaluation.artifacts().get("model")));
        return out;
    }

    @Test
    void plainDl4jRestoresTheBestEpochWithItsValidationAccuracy(@TempDir Path dir) throws Exception {
        Path file = export(dir);
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(file.toFile());
        DataNormalization norm = ModelSerializer.restoreNormalizerFromFile(file.toFile());
        PreparedData d = cache.get(space.dataset(), BASE);
        INDArray x = d.validation().rawFeatures().dup();
        norm.transform(x);
        double accuracy = Metrics.accuracy(Metrics.predictions(net.output(x, false)), d.validation().labels());
        assertEquals(evaluation.value(), accuracy);
        assertEquals(evaluation.attributes().get("parameters"), net.numParams());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary files left behind");
        }
    }

    @Test
    void manifestDescribesTheModel(@TempDir Path dir) throws Exception {
        BundleManifest m = new BundleReader().manifest(export(dir));
        assertEquals(3, m.formatVersion());
        assertEquals("classification", m.task());
        assertEquals(null, m.target());
        assertEquals(io.automl.space.arch.InputShape.flat(), m.inputShape());
        assertEquals("iris-study", m.studyName());
        assertEquals(3, m.trialNumber());
        assertEquals("label", m.labelColumn());
        assertEquals(List.of("0", "1", "2"), m.labelNames());
        assertEquals("petal_width_cm", m.featureColumns().get(3));
        assertEquals("features", m.inputKind());
        assertEquals(16, ((Number) m.config().get("arch.b0.l0.units")).intValue());
        assertEquals(test.get("test_accuracy"), m.metrics().get("test_accuracy"));
        assertEquals(evaluation.value(), ((Number) m.metrics().get("value")).doubleValue());
        assertEquals("1.0.0-M2.1", m.provenance().get("dl4j_version"));
        assertEquals("87f0ef5229d3c2825151152009663887281a6e3e164d35161efdbdfb69951049",
                m.provenance().get("data_sha256"));
        assertFalse(m.metrics().containsKey("data_sha256"));
        boolean cpu = org.nd4j.linalg.factory.Nd4j.getEnvironment().isCPU();
        assertTrue(cpu ? m.provenance().get("device").equals("cpu")
                : m.provenance().get("device").toString().startsWith("gpu:"), m.provenance().toString());
        assertTrue(m.provenance().get("nd4j_backend").toString().startsWith(cpu ? "CpuBackend (" : "JCublasBackend ("),
                m.provenance().toString());
        assertTrue(((Number) m.provenance().get("train_seconds")).doubleValue() > 0, m.provenance().toString());
        assertEquals(cpu, m.provenance().get("nd4j_descriptor_caches"), m.provenance().toString());
    }

    @Test
    void predictorLabelsACsvAndScoresItWhenLabelled(@TempDir Path dir) throws Exception {
        Path bundle = export(dir);
        PreparedData d = cache.get(space.dataset(), BASE);
        double[][] raw = d.test().rawFeatures().toDoubleMatrix();
        int[] labels = d.test().labels();
        StringBuilder withLabel = new StringBuilder("label,note,petal_width_cm,petal_length_cm,sepal_width_cm,"
                + "sepal_length_cm\n");
        StringBuilder without = new StringBuilder("sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm\n");
        for (int i = 0; i < raw.length; i++) {
            double[] r = raw[i];
            withLabel.append(labels[i]).append(",x,").append(r[3]).append(',').append(r[2]).append(',')
                    .append(r[1]).append(',').append(r[0]).append('\n');
            without.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(',').append(r[3])
                    .append('\n');
        }
        Path labelled = Files.writeString(dir.resolve("labelled.csv"), withLabel);
        Path unlabelled = Files.writeString(dir.resolve("unlabelled.csv"), without);

        Predictions p = new Predictor().predict(bundle, labelled);
        assertEquals(raw.length, p.labels().size());
        assertEquals((Double) test.get("test_accuracy"), p.accuracy().orElseThrow(), 1e-12);
        Predictions q = new Predictor().predict(bundle, unlabelled);
        assertTrue(q.accuracy().isEmpty());
        assertEquals(p.labels(), q.labels());
    }

    @Test
    void predictorNamesMissingFeatureColumns(@TempDir Path dir) throws Exception {
        Path bundle = export(dir);
        Path csv = Files.writeString(dir.resolve("partial.csv"), "sepal_length_cm,petal_width_cm\n5.1,0.2\n");
        DatasetException e = assertThrows(DatasetException.class, () -> new Predictor().predict(bundle, csv));
        assertTrue(e.getMessage().contains("missing feature column(s) sepal_width_cm, petal_length_cm"),
                e.getMessage());
    }

    @Test
    void exportReplacesAnExistingBundle(@TempDir Path dir) throws Exception {
        Path out = export(dir);
        Files.writeString(out, "old contents");
        export(dir);
        assertEquals(3, new BundleReader().read(out).manifest().trialNumber());
    }
}
