package io.automl.eval.dl4j;

import io.automl.space.Task;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validation metrics of one epoch by name, in report order. Classification: {@code accuracy}, {@code f1_macro},
 * {@code log_loss}, {@code roc_auc} (two classes only); regression: {@code mse}, {@code mae}, {@code r2} (in the
 * target's own units); both: {@code val_loss} (the network's own loss, regularization included, on the
 * validation split). Immutable.
 */
public record EpochMetrics(Map<String, Double> values) {
    /** Every metric name a space may use as objective or early-stopping metric with this trainer. */
    public static final List<String> NAMES = names();

    public EpochMetrics {
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static List<String> names() {
        Set<String> all = new LinkedHashSet<>();
        for (Task t : Task.values()) {
            all.addAll(t.metrics());
        }
        return List.copyOf(all);
    }

    /** Whether larger values of {@code metric} are better (accuracy, f1, ROC AUC, R2) or smaller (losses, errors). */
    public static boolean largerIsBetter(String metric) {
        requireKnown(metric);
        return Task.maximized(metric);
    }

    /** Throws a readable {@link IllegalArgumentException} for a metric name this trainer does not compute. */
    public static void requireKnown(String metric) {
        if (!NAMES.contains(metric)) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'; known: " + String.join(", ", NAMES));
        }
    }

    /** The value of {@code metric}; an {@link IllegalArgumentException} when this epoch did not compute it. */
    public double get(String metric) {
        Double v = values.get(metric);
        if (v == null) {
            requireKnown(metric);
            throw new IllegalArgumentException("metric '" + metric + "' was not computed for this data set; computed: "
                    + String.join(", ", values.keySet()));
        }
        return v;
    }

    /** The accuracy (classification), NaN when not computed. */
    public double accuracy() {
        return values.getOrDefault("accuracy", Double.NaN);
    }

    /** Every metric by name, with {@code prefix} before each name. */
    public Map<String, Object> asMap(String prefix) {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(prefix + k, v));
        return m;
    }
}
