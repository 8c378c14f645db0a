package io.automl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.eval.bundle.BundleContents;
import io.automl.eval.bundle.BundleReader;
import io.automl.eval.bundle.ImagePredictions;
import io.automl.eval.bundle.ImagePredictor;
import io.automl.eval.bundle.ModelBundle;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.ImageFolderDataTest;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Convolutional networks trained on image folders of the digits (gray and RGB, with augmentation), exported, predicted. */
class ImageTrainingTest {
    @TempDir
    Path dir;

    private SearchSpace space(String folder, int channels) throws Exception {
        Path file = Files.writeString(dir.resolve("space-" + channels + ".json"), """
                {"name": "digit-images", "objective": {"metric": "accuracy"},
                 "dataset": {"type": "images", "path": "%s", "height": 8, "width": 8, "channels": %d,
                             "split": {"validation": 0.2, "test": 0.1, "seed": 1}},
                 "budget": {"trials": 1, "epochs": 4},
                 "params": {"learningRate": 0.01, "batchSize": 32,
                            "augmentFlip": false, "augmentShift": {"type": "int", "low": 0, "high": 1}},
                 "architecture": {"blocks": [
                    {"layer": {"type": "conv2d", "filters": 8, "kernel": 3, "padding": "same"}},
                    {"layer": {"type": "pool2d", "size": 2, "stride": 2}},
                    {"layer": {"type": "dense", "units": 32}}]}}
                """.formatted(folder, channels));
        return new SpaceParser().parseFile(file);
    }

    private static Config with(SearchSpace space, int shift) {
        Map<String, Object> v = new HashMap<>(ArchSpaces.centre(space).values());
        v.put("augmentShift", shift);
        return new Config(v);
    }

    private Path export(SearchSpace space, Evaluation e, Config c) throws Exception {
        TrialSnapshot trial = new TrialSnapshot(1, 1, 0, TrialState.COMPLETE, c, 4, e.value(), new TreeMap<>(),
                e.attributes(), null, "w", 0, Instant.now(), Instant.now(), Instant.now());
        Path bundle = dir.resolve(space.name() + space.dataset().images().channels() + ".zip");
        new ModelBundle().export(bundle, BundleContents.of(space.name(), trial, Map.of(), e.artifacts().get("model")));
        return bundle;
    }

    @Test
    void grayFoldersTrainWithShiftsAndTheBundlePredictsAFolder() throws Exception {
        ImageFolderDataTest.writeDigits(dir.resolve("digits"), false);
        SearchSpace space = space("digits", 1);
        DatasetCache cache = new DatasetCache();
        Config shifted = with(space, 1);
        Evaluation e = new Dl4jEvaluator(space, dir, cache).evaluate(new TestTrial(shifted, 5));
        assertTrue(e.value() >= 0.85, "validation accuracy with shifted training images: " + e.value());
        Evaluation again = new Dl4jEvaluator(space, dir, cache).evaluate(new TestTrial(shifted, 5));
        assertEquals(e.value(), again.value(), 1e-9, "same seed, same augmented batches");
        assertEquals(64, e.attributes().get("data_sha256").toString().length());

        Path bundle = export(space, e, shifted);
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                new BundleReader().read(bundle).manifest().labelNames());
        ImagePredictions p = new ImagePredictor().predict(bundle, dir.resolve("digits"));
        assertEquals(1797, p.files().size());
        assertEquals(1797, p.scored());
        assertEquals("0/00000.png", p.files().get(0));
        assertTrue(p.accuracy().orElseThrow() >= 0.85, "accuracy over the class folders: " + p.accuracy());
        ImagePredictions one = new ImagePredictor().predict(bundle, dir.resolve("digits/0/00000.png"));
        assertEquals(1, one.files().size());
        assertTrue(one.accuracy().isEmpty());
    }

    @Test
    void rgbFoldersTrainOnThreeChannels() throws Exception {
        ImageFolderDataTest.writeDigits(dir.resolve("rgb"), true);
        SearchSpace space = space("rgb", 3);
        Evaluation e = new Dl4jEvaluator(space, dir, new DatasetCache()).evaluate(new TestTrial(with(space, 0), 2));
        assertTrue(e.value() >= 0.85, "validation accuracy on RGB images: " + e.value());
        Path bundle = export(space, e, with(space, 0));
        assertEquals(3, new BundleReader().read(bundle).manifest().inputShape().channels());
        assertTrue(new ImagePredictor().predict(bundle, dir.resolve("rgb")).accuracy().orElseThrow() >= 0.85);
    }
}
