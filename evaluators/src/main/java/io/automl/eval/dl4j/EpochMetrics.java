package io.automl.eval.dl4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation metrics of one epoch: {@code accuracy}, {@code f1_macro}, {@code log_loss} and
 * {@code val_loss} (the network's own loss, regularization included, on the validation split).
 * Immutable.
 */
public record EpochMetrics(double accuracy, double f1Macro, double logLoss, double valLoss) {
    /** The metric names a space may use as objective or early-stopping metric. */
    public static final List<String> NAMES = List.of("accuracy", "f1_macro", "log_loss", "val_loss");

    /** Whether larger values of {@code metric} are better (accuracy, f1) or smaller (losses). */
    public static boolean largerIsBetter(String metric) {
        requireKnown(metric);
        return metric.equals("accuracy") || metric.equals("f1_macro");
    }

    /** Throws a readable {@link IllegalArgumentException} for a metric name this trainer does not compute. */
    public static void requireKnown(String metric) {
        if (!NAMES.contains(metric)) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'; known: " + String.join(", ", NAMES));
        }
    }

    /** The value of {@code metric}. */
    public double get(String metric) {
        requireKnown(metric);
        switch (metric) {
            case "accuracy":
                return accuracy;
            case "f1_macro":
                return f1Macro;
            case "log_loss":
                return logLoss;
            default:
                return valLoss;
        }
    }

    /** Every metric by name, with {@code prefix} before each name. */
    public Map<String, Object> asMap(String prefix) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String n : NAMES) {
            m.put(prefix + n, get(n));
        }
        return m;
    }
}
