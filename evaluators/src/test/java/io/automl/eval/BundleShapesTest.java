package io.automl.eval;

import static io.automl.eval.ArchSpaces.centre;
import static io.automl.eval.ArchSpaces.digits;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.automl.space.arch.InputShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format-2 bundles of image and sequence models: the manifest records the shape and CSV rows predict. */
class BundleShapesTest {
    private final DatasetCache cache = new DatasetCache();

    private void roundTrip(SearchSpace space, InputShape shape, Path dir) throws Exception {
        Config config = centre(space);
        Dl4jEvaluator evaluator = new Dl4jEvaluator(space, TestSpaces.BASE, cache);
        Evaluation evaluation = evaluator.evaluate(new TestTrial(config, 11));
        TrialSnapshot trial = new TrialSnapshot(1, 1, 0, TrialState.COMPLETE, config, 11, evaluation.value(),
                new TreeMap<>(), evaluation.attributes(), null, "worker-1", 0, Instant.now(), Instant.now(),
                Instant.now());
        Map<String, Object> test = evaluator.scoreOnTest(trial, evaluation.artifacts());
        Path bundle = dir.resolve(shape.kind() + ".zip");
        new ModelBundle().export(bundle, BundleContents.of("digits", trial, test, evaluation.artifacts().get("model")));

        BundleManifest m = new BundleReader().manifest(bundle);
        assertEquals(BundleManifest.FORMAT_VERSION, m.formatVersion());
        assertEquals(shape.kind(), m.inputKind());
        assertEquals(shape, m.inputShape());

        PreparedData d = cache.get(space.dataset(), TestSpaces.BASE);
        double[][] raw = d.test().rawFeatures().toDoubleMatrix();
        int[] labels = d.test().labels();
        StringBuilder csv = new StringBuilder(String.join(",", d.featureNames())).append(",label\n");
        for (int i = 0; i < raw.length; i++) {
            for (double v : raw[i]) {
                csv.append(v).append(',');
            }
            csv.append(d.labelNames().get(labels[i])).append('\n');
        }
        Predictions p = new Predictor().predict(bundle, Files.writeString(dir.resolve("rows.csv"), csv));
        assertEquals(raw.length, p.labels().size());
        assertEquals((Double) test.get("test_accuracy"), p.accuracy().orElseThrow(), 1e-12);
    }

    @Test
    void imageModelBundlePredictsCsvRowsAsImages(@TempDir Path dir) throws Exception {
        roundTrip(digits(300, 2, "", "{\"input\": {\"type\": \"image\", \"height\": 8, \"width\": 8},"
                + " \"blocks\": [{\"layer\": {\"type\": \"conv2d\", \"filters\": 4}},"
                + " {\"layer\": {\"type\": \"pool2d\"}}]}"), InputShape.image(8, 8, 1), dir);
    }

    @Test
    void sequenceModelBundlePredictsCsvRowsAsSequences(@TempDir Path dir) throws Exception {
        roundTrip(digits(300, 2, "", "{\"input\": {\"type\": \"sequence\", \"steps\": 8, \"features\": 8},"
                + " \"blocks\": [{\"layer\": {\"type\": \"lstm\", \"units\": 8}}]}"), InputShape.sequence(8, 8), dir);
    }
}
