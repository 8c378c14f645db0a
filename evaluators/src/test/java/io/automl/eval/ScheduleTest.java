package io.automl.eval;

import static io.automl.eval.TestSpaces.BASE;
import static io.automl.eval.TestSpaces.config;
import static io.automl.eval.TestSpaces.data;
import static io.automl.eval.TestSpaces.space;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.Evaluation;
import io.automl.eval.bundle.ModelArtifacts;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.dl4j.CosineSchedule;
import io.automl.eval.dl4j.LearningRateSchedules;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;

/** Learning-rate schedules by epoch, and a scheduled network trained and restored from its stored model. */
class ScheduleTest {
    private static ISchedule schedule(Map<String, Object> values) {
        return LearningRateSchedules.from(new Config(values), 0.1, 20).orElseThrow();
    }

    @Test
    void stepHalvesEveryNEpochs() {
        ISchedule s = schedule(Map.of("lrSchedule", "step", "lrStepEpochs", 5));
        assertEquals(0.1, s.valueAt(0, 4), 1e-12);
        assertEquals(0.05, s.valueAt(0, 5), 1e-12);
        assertEquals(0.025, s.valueAt(0, 10), 1e-12);
    }

    @Test
    void exponentialMultipliesByGammaEachEpoch() {
        ISchedule s = schedule(Map.of("lrSchedule", "exponential", "lrGamma", 0.9));
        assertEquals(0.1 * 0.9 * 0.9 * 0.9, s.valueAt(0, 3), 1e-12);
    }

    @Test
    void cosineFallsToZeroOverTheEpochBudget() {
        ISchedule s = schedule(Map.of("lrSchedule", "cosine"));
        assertEquals(0.1, s.valueAt(0, 0), 1e-12);
        assertEquals(0.05, s.valueAt(0, 10), 1e-12);
        assertEquals(0.0, s.valueAt(0, 20), 1e-12);
        assertTrue(LearningRateSchedules.from(new Config(Map.of()), 0.1, 20).isEmpty());
    }

    @Test
    void aCosineScheduledNetworkTrainsAndRestoresItsSchedule() throws Exception {
        SearchSpace space = space(data("iris.csv", "standardize"), 3, "accuracy", Optional.empty());
        Config c = config(Map.of("learningRate", 0.05, "batchSize", 16, "lrSchedule", "cosine",
                "optimizer", "sgd", "momentum", 0.9), "relu", 0.0, 8);
        Evaluation e = new Dl4jEvaluator(space, BASE, new DatasetCache()).evaluate(new TestTrial(c, 3));
        assertTrue(e.value() > 0.5, "validation accuracy " + e.value());
        MultiLayerNetwork net = new ModelArtifacts().read(e.artifacts().get("model")).network();
        IUpdater u = net.getLayerWiseConfigurations().getConf(0).getLayer().getUpdaterByParam("W");
        assertEquals(new CosineSchedule(0.05, 3), ((org.nd4j.linalg.learning.config.Nesterovs) u)
                .getLearningRateSchedule());
        assertEquals(0.05 * 0.5 * (1 + Math.cos(Math.PI / 3)), u.getLearningRate(0, 1), 1e-9);
        // the schedule is read at the network's epoch count, which training advanced once per epoch
        assertEquals(3, net.getEpochCount());
        // what DL4J's updater uses now: the rate at epoch 3 of 3, zero (it was the initial rate before the fix)
        assertEquals(0.0, net.getLearningRate(0), 1e-9);
    }
}
