package io.automl.eval;

import static io.automl.eval.TestSpaces.BASE;
import static io.automl.eval.TestSpaces.config;
import static io.automl.eval.TestSpaces.data;
import static io.automl.eval.TestSpaces.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.eval.command.CommandEvaluator;
import io.automl.eval.data.DatasetCache;
import io.automl.space.Direction;
import io.automl.space.Objective;
import io.automl.space.SearchSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secondary metrics of real DL4J training, and several values from a real command. */
class SecondaryMetricsTest {
    @TempDir
    Path dir;

    private static SearchSpace twoObjectives(List<Objective> objectives) {
        SearchSpace single = space(data("iris.csv", "standardize"), 5, "accuracy", Optional.empty());
        return new SearchSpace("mo", objectives, List.of(), single.dataset(), single.budget(), single.sampler(),
                single.pruner(), single.earlyStopping(), single.evaluator(), single.params(), single.architecture());
    }

    @Test
    void aTrainedNetworkReportsParametersInferenceTimeTrainingTimeAndModelSize() throws Exception {
        SearchSpace space = twoObjectives(List.of(new Objective("accuracy", Direction.MAXIMIZE),
                new Objective("inference_ms", Direction.MINIMIZE)));
        var c = config(Map.of("learningRate", 0.01, "batchSize", 16, "optimizer", "adam"), "relu", 0.0, 16);
        Evaluation e = new Dl4jEvaluator(space, BASE, new DatasetCache()).evaluate(new TestTrial(c, 3));
        Map<String, Double> m = e.metrics();
        assertEquals(4.0 * 16 + 16 + 16 * 3 + 3, m.get("parameters"));
        assertEquals(e.value(), m.get("accuracy"));
        assertTrue(m.get("inference_ms") > 0 && m.get("inference_ms") < 1000, "inference " + m);
        assertTrue(m.get("train_seconds") > 0, "train " + m);
        assertEquals((double) e.artifacts().get("model").length, m.get("model_bytes"));
        assertEquals(m.get("inference_ms"), e.attributes().get("inference_ms"));
    }

    @Test
    void aSpaceWhoseObjectivesAreAllSecondaryTrainsByValidationLoss() throws Exception {
        SearchSpace space = twoObjectives(List.of(new Objective("parameters", Direction.MINIMIZE),
                new Objective("model_bytes", Direction.MINIMIZE)));
        var c = config(Map.of("learningRate", 0.01, "batchSize", 16, "optimizer", "adam"), "relu", 0.0, 8, 8);
        Evaluation e = new Dl4jEvaluator(space, BASE, new DatasetCache()).evaluate(new TestTrial(c, 3));
        assertEquals(4.0 * 8 + 8 + 8 * 8 + 8 + 8 * 3 + 3, e.value());
        assertTrue(e.metrics().containsKey("val_loss"));
    }

    @Test
    void aCommandReportsSeveralValuesOnItsFinalLine() throws Exception {
        Files.writeString(dir.resolve("t.sh"), "echo '{\"step\": 1, \"value\": 0.5}'\n"
                + "echo '{\"values\": {\"error\": 0.25, \"energy\": 12}}'\n");
        Evaluation e = new CommandEvaluator(List.of("sh", "t.sh"), dir, 30, Clock.systemUTC())
                .evaluate(new TestTrial(new io.automl.space.Config(Map.of("x", 1)), 1));
        assertEquals(Map.of("error", 0.25, "energy", 12.0), e.metrics());
        assertTrue(Double.isNaN(e.value()));
        assertEquals(12.0, e.attributes().get("energy"));
    }

    @Test
    void aMalformedValuesLineFailsTheTrialQuotingIt() throws Exception {
        Files.writeString(dir.resolve("t.sh"), "echo '{\"values\": {\"error\": \"low\"}}'\n");
        var ex = assertThrows(EvaluationException.class, () -> new CommandEvaluator(List.of("sh", "t.sh"), dir, 30,
                Clock.systemUTC()).evaluate(new TestTrial(new io.automl.space.Config(Map.of("x", 1)), 1)));
        assertTrue(ex.getMessage().contains("values/error that is not a finite number"), ex.getMessage());
    }
}
