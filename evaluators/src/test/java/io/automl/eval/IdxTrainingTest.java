package io.automl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.IdxDataTest;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A convolutional network trained on IDX images named in a space file. */
class IdxTrainingTest {
    @Test
    void convolutionLearnsIdxImages(@TempDir Path dir) throws Exception {
        IdxDataTest.write(dir.resolve("images.gz"), dir.resolve("labels.gz"), 120, true, 4);
        Path file = Files.writeString(dir.resolve("space.json"), "{\"name\": \"idx\", \"objective\": {\"metric\":"
                + " \"accuracy\"}, \"dataset\": {\"type\": \"idx\", \"images\": \"images.gz\", \"labels\":"
                + " \"labels.gz\", \"normalize\": \"minmax\", \"split\": {\"validation\": 0.25, \"test\": 0.25,"
                + " \"seed\": 1}}, \"budget\": {\"trials\": 1, \"epochs\": 10}, \"params\": {\"learningRate\": 0.02,"
                + " \"batchSize\": 16}, \"architecture\": {\"input\": {\"type\": \"image\", \"height\": 4,"
                + " \"width\": 4, \"channels\": 1}, \"blocks\": [{\"layer\": {\"type\": \"conv2d\", \"filters\": 4,"
                + " \"kernel\": 2}}, {\"layer\": {\"type\": \"globalpool\", \"mode\": \"max\"}}]}}");
        SearchSpace space = new SpaceParser().parseFile(file);
        assertEquals(dir.resolve("labels.gz").toAbsolutePath().normalize().toString(), space.dataset().labels());
        Evaluation e = new Dl4jEvaluator(space, dir, new DatasetCache())
                .evaluate(new TestTrial(ArchSpaces.centre(space), 2));
        assertTrue(e.value() >= 0.9, "left-bright versus right-bright images: " + e.value());

        io.automl.engine.TrialSnapshot trial = new io.automl.engine.TrialSnapshot(1, 1, 0,
                io.automl.engine.TrialState.COMPLETE, ArchSpaces.centre(space), 2, e.value(), new java.util.TreeMap<>(),
                e.attributes(), null, "w", 0, java.time.Instant.now(), java.time.Instant.now(), java.time.Instant.now());
        Path bundle = dir.resolve("idx.zip");
        new io.automl.eval.bundle.ModelBundle().export(bundle, io.automl.eval.bundle.BundleContents.of("idx", trial,
                java.util.Map.of(), e.artifacts().get("model")));
        io.automl.eval.bundle.Predictions p = new io.automl.eval.bundle.Predictor().predict(bundle,
                dir.resolve("images.gz"), java.util.Optional.of(dir.resolve("labels.gz")));
        assertEquals(120, p.labels().size());
        assertTrue(p.labels().stream().allMatch(l -> l.equals("3") || l.equals("7")), p.labels().toString());
        assertTrue(p.accuracy().orElseThrow() >= 0.9, "accuracy over all IDX images: " + p.accuracy());
    }
}
