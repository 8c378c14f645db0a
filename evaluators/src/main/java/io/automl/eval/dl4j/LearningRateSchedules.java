package io.automl.eval.dl4j;

import io.automl.space.Config;
import java.util.Locale;
import java.util.Optional;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * The learning-rate schedule a configuration asks for, by epoch. Keys: {@code lrSchedule} = {@code none} (default),
 * {@code step} (multiply by {@code lrGamma}, default 0.5, every {@code lrStepEpochs}, default 10),
 * {@code exponential} (multiply by {@code lrGamma}, default 0.95, every epoch) or {@code cosine} (to 0 over the
 * epoch budget). Stateless and thread-safe.
 */
public final class LearningRateSchedules {
    private LearningRateSchedules() {
    }

    /** The schedule starting at {@code learningRate} over {@code epochs}, or empty for a constant rate. */
    public static Optional<ISchedule> from(Config config, double learningRate, int epochs) {
        String name = config.getString("lrSchedule", "none").toLowerCase(Locale.ROOT);
        switch (name) {
            case "none":
                return Optional.empty();
            case "step":
                double every = config.getDouble("lrStepEpochs", 10);
                if (every < 1) {
                    throw new IllegalArgumentException("lrStepEpochs must be >= 1: " + every);
                }
                return Optional.of(new StepSchedule(ScheduleType.EPOCH, learningRate, gamma(config, 0.5), every));
            case "exponential":
                return Optional.of(new ExponentialSchedule(ScheduleType.EPOCH, learningRate, gamma(config, 0.95)));
            case "cosine":
                return Optional.of(new CosineSchedule(learningRate, epochs));
            default:
                throw new IllegalArgumentException("unknown lrSchedule '" + name
                        + "'; known: none, step, exponential, cosine");
        }
    }

    private static double gamma(Config config, double fallback) {
        double g = config.getDouble("lrGamma", fallback);
        if (!(g > 0 && g <= 1)) {
            throw new IllegalArgumentException("lrGamma must be in (0, 1]: " + g);
        }
        return g;
    }
}
