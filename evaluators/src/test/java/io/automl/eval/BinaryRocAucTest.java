package io.automl.eval;

import static io.automl.eval.TestSpaces.BASE;
import static io.automl.eval.TestSpaces.config;
import static io.automl.eval.TestSpaces.data;
import static io.automl.eval.TestSpaces.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.eval.data.DatasetCache;
import io.automl.space.Config;
import io.automl.space.DatasetSpec;
import io.automl.space.EarlyStopping;
import io.automl.space.SearchSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ROC AUC as the objective of a real two-class training, and a clear failure on three classes. */
class BinaryRocAucTest {
    private final DatasetCache cache = new DatasetCache();
    private final Config config = config(Map.of("learningRate", 0.01, "batchSize", 16), "relu", 0.0, 16);

    @Test
    void versicolorAgainstVirginicaIsRankedWell(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(BASE.resolve("data/iris.csv"));
        StringBuilder two = new StringBuilder(lines.get(0)).append('\n');
        lines.stream().skip(1).filter(l -> !l.endsWith(",0")).forEach(l -> two.append(l).append('\n'));
        Path file = Files.writeString(dir.resolve("iris-1-2.csv"), two);
        DatasetSpec binary = new DatasetSpec("csv", file.toString(), "label", new DatasetSpec.Split(0.25, 0.25, 7),
                "standardize", 0);
        SearchSpace space = space(binary, 15, "roc_auc", Optional.of(new EarlyStopping("roc_auc", 5, 0)));
        Dl4jEvaluator evaluator = new Dl4jEvaluator(space, BASE, cache);
        TestTrial trial = new TestTrial(config, 3);
        Evaluation e = evaluator.evaluate(trial);
        assertTrue(e.value() > 0.9, "validation roc_auc " + e.value());
        assertEquals(e.value(), (Double) e.attributes().get("roc_auc"));
        assertEquals(e.value(), trial.reports.stream().mapToDouble(r -> r[1]).max().orElseThrow());

        TrialSnapshot snapshot = new TrialSnapshot(1, 1, 0, TrialState.COMPLETE, config, 3, e.value(),
                new TreeMap<>(), e.attributes(), null, "w", 0, Instant.now(), Instant.now(), Instant.now());
        Map<String, Object> test = evaluator.scoreOnTest(snapshot, e.artifacts());
        assertTrue((Double) test.get("test_roc_auc") > 0.9, test.toString());
    }

    @Test
    void threeClassesFailTheTrialWithTheClassCount() throws Exception {
        SearchSpace space = space(data("iris.csv", "standardize"), 3, "roc_auc", Optional.empty());
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> new Dl4jEvaluator(space, BASE, cache).evaluate(new TestTrial(config, 1)));
        assertTrue(e.getMessage().startsWith("metric roc_auc needs a binary classification data set, but label column"
                + " 'label' of "), e.getMessage());
        assertTrue(e.getMessage().endsWith("iris.csv has 3 classes (0, 1, 2)"), e.getMessage());
    }
}
