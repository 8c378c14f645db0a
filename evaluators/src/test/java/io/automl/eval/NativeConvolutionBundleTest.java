package io.automl.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.eval.bundle.BundleContents;
import io.automl.eval.bundle.ModelBundle;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.IdxDataTest;
import io.automl.eval.data.IdxReader;
import io.automl.eval.data.LabeledRows;
import io.automl.eval.dl4j.Nd4jSettings;
import io.automl.eval.dl4j.cpu.NativeHelpers;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A CNN with batch normalization trained on the oneDNN helpers (where this process runs the oneDNN build) exports a
 * bundle that plain DL4J restores, and the restored network, which has no helper, predicts the same classes as the
 * same network on the helpers.
 */
class NativeConvolutionBundleTest {
    @Test
    void bundleOfAHelpedNetworkOpensWithPlainDl4jAndPredictsAlike(@TempDir Path dir) throws Exception {
        Path images = dir.resolve("images.gz");
        Path labels = dir.resolve("labels.gz");
        IdxDataTest.write(images, labels, 160, true, 5);
        Path file = Files.writeString(dir.resolve("space.json"), "{\"name\": \"idx-cnn\", \"objective\": {\"metric\":"
                + " \"accuracy\"}, \"dataset\": {\"type\": \"idx\", \"images\": \"images.gz\", \"labels\":"
                + " \"labels.gz\", \"normalize\": \"minmax\", \"split\": {\"validation\": 0.25, \"test\": 0.25,"
                + " \"seed\": 1}}, \"budget\": {\"trials\": 1, \"epochs\": 6}, \"params\": {\"learningRate\": 0.02,"
                + " \"batchSize\": 16}, \"architecture\": {\"input\": {\"type\": \"image\", \"height\": 4,"
                + " \"width\": 4, \"channels\": 1}, \"blocks\": ["
                + "{\"layer\": {\"type\": \"conv2d\", \"filters\": 8, \"kernel\": 3, \"padding\": \"same\"}},"
                + "{\"layer\": {\"type\": \"batchnorm\"}},"
                + "{\"layer\": {\"type\": \"pool2d\", \"mode\": \"max\", \"size\": 2, \"stride\": 2}},"
                + "{\"layer\": {\"type\": \"conv2d\", \"filters\": 6, \"kernel\": 2}},"
                + "{\"layer\": {\"type\": \"dense\", \"units\": 8}}]}}");
        SearchSpace space = new SpaceParser().parseFile(file);
        Evaluation e = new Dl4jEvaluator(space, dir, new DatasetCache())
                .evaluate(new TestTrial(ArchSpaces.centre(space), 2));
        int expected = NativeHelpers.oneDnn() ? 3 : 0;
        assertEquals(expected, e.attributes().get("native_layers"), "convolution and batch normalization layers on the oneDNN helpers");
        assertTrue(e.value() >= 0.9, "left-bright versus right-bright images: " + e.value());

        TrialSnapshot trial = new TrialSnapshot(1, 1, 0, TrialState.COMPLETE, ArchSpaces.centre(space), 2, e.value(),
                new TreeMap<>(), e.attributes(), null, "w", 0, Instant.now(), Instant.now(), Instant.now());
        Path bundle = dir.resolve("idx-cnn.zip");
        new ModelBundle().export(bundle, BundleContents.of("idx-cnn", trial, Map.of(), e.artifacts().get("model")));

        MultiLayerNetwork plain = ModelSerializer.restoreMultiLayerNetwork(bundle.toFile());
        DataNormalization normalizer = ModelSerializer.restoreNormalizerFromFile(bundle.toFile());
        assertNull(plain.getLayer(0).getHelper(), "plain DL4J restores no helper");
        LabeledRows rows = new IdxReader().read(images, labels);
        INDArray x = Nd4j.create(rows.features(IntStream.range(0, rows.size()).toArray())).castTo(DataType.FLOAT);
        normalizer.transform(x);
        INDArray plainScores = plain.output(x, false);

        MultiLayerNetwork helped = ModelSerializer.restoreMultiLayerNetwork(bundle.toFile());
        assertEquals(expected, new Nd4jSettings(System.getProperties()).installHelpers(helped));
        INDArray helpedScores = helped.output(x, false);
        long[] plainClasses = plainScores.argMax(1).toLongVector();
        assertArrayEquals(helpedScores.argMax(1).toLongVector(), plainClasses);
        assertTrue(plainScores.sub(helpedScores).amaxNumber().doubleValue() < 1e-4, "scores agree");
        long right = IntStream.range(0, rows.size()).filter(i -> plainClasses[i] == rows.labels()[i]).count();
        assertTrue(right >= 0.9 * rows.size(), "plain DL4J's accuracy on all images: " + right + "/" + rows.size());
    }
}
