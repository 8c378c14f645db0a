package io.automl.eval.dl4j;

import io.automl.space.Config;
import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The training hyperparameters the built-in trainer reads from a configuration. Keys, all optional:
 * <ul>
 *   <li>{@code learningRate} (default 1e-3)</li>
 *   <li>{@code batchSize} (default 64)</li>
 *   <li>{@code optimizer}: {@code adam} (default), {@code adamw} (Adam with decoupled weight decay,
 *       default decay 0.01), {@code sgd} (plain; with a {@code momentum} value, Nesterov momentum),
 *       {@code nesterovs} (momentum default 0.9) or {@code rmsprop}</li>
 *   <li>{@code momentum} for {@code sgd} and {@code nesterovs}</li>
 *   <li>{@code l2}: L2 penalty on weights (default 0)</li>
 *   <li>{@code weightDecay}: decoupled weight decay on weights (default 0; 0.01 for adamw)</li>
 * </ul>
 * Other keys (architecture choices, user parameters) are ignored here. Immutable.
 */
public record Hyperparameters(double learningRate, int batchSize, String optimizer, double momentum, double l2,
        double weightDecay) {
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final int DEFAULT_BATCH_SIZE = 64;

    public Hyperparameters {
        Objects.requireNonNull(optimizer, "optimizer");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be a positive number: " + learningRate);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        if (!(momentum >= 0 && momentum < 1) && !Double.isNaN(momentum)) {
            throw new IllegalArgumentException("momentum must be in [0, 1): " + momentum);
        }
        if (l2 < 0 || weightDecay < 0) {
            throw new IllegalArgumentException("l2 and weightDecay must be >= 0: l2=" + l2 + " weightDecay="
                    + weightDecay);
        }
        optimizer = optimizer.toLowerCase(Locale.ROOT);
        if (!optimizer.matches("adam|adamw|sgd|nesterovs|rmsprop")) {
            throw new IllegalArgumentException("unknown optimizer '" + optimizer
                    + "'; known: adam, adamw, sgd, nesterovs, rmsprop");
        }
    }

    /** Reads the recognised keys from {@code config}; momentum is NaN when absent. */
    public static Hyperparameters from(Config config) {
        String optimizer = config.getString("optimizer", "adam");
        double decayDefault = "adamw".equalsIgnoreCase(optimizer) ? 0.01 : 0;
        return new Hyperparameters(config.getDouble("learningRate", DEFAULT_LEARNING_RATE),
                (int) config.getDouble("batchSize", DEFAULT_BATCH_SIZE), optimizer,
                config.getDouble("momentum", Double.NaN), config.getDouble("l2", 0),
                config.getDouble("weightDecay", decayDefault));
    }

    /** The DL4J updater for these settings. */
    public IUpdater updater() {
        switch (optimizer) {
            case "sgd":
                return Double.isNaN(momentum) || momentum == 0 ? new Sgd(learningRate)
                        : new Nesterovs(learningRate, momentum);
            case "nesterovs":
                return new Nesterovs(learningRate, Double.isNaN(momentum) ? 0.9 : momentum);
            case "rmsprop":
                return new RmsProp(learningRate);
            default:
                return new Adam(learningRate);
        }
    }

    /** The DL4J updater for these settings with its learning rate following {@code schedule}. */
    public IUpdater updater(ISchedule schedule) {
        java.util.Objects.requireNonNull(schedule, "schedule");
        switch (optimizer) {
            case "sgd":
                return Double.isNaN(momentum) || momentum == 0 ? new Sgd(schedule) : new Nesterovs(schedule, momentum);
            case "nesterovs":
                return new Nesterovs(schedule, Double.isNaN(momentum) ? 0.9 : momentum);
            case "rmsprop":
                return new RmsProp(schedule);
            default:
                return new Adam(schedule);
        }
    }
}
