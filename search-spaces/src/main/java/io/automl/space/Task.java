package io.automl.space;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a data set's label column holds: class names ({@link #CLASSIFICATION}) or a numeric target
 * ({@link #REGRESSION}), and the validation metrics the built-in trainer computes for each. {@code val_loss}
 * (the network's own loss) applies to both; {@code roc_auc} needs exactly two classes. Immutable.
 */
public enum Task {
    /** Class labels; a softmax output with one unit per class. */
    CLASSIFICATION(List.of("accuracy", "f1_macro", "log_loss", "roc_auc", "val_loss")),
    /** A real-valued target; one linear output unit. */
    REGRESSION(List.of("mse", "mae", "r2", "val_loss"));

    private static final Set<String> MAXIMIZED = Set.of("accuracy", "f1_macro", "roc_auc", "r2");

    private final List<String> metrics;

    Task(List<String> metrics) {
        this.metrics = metrics;
    }

    /** The name used in search-space documents and manifests: {@code classification} or {@code regression}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metrics the built-in trainer computes on the validation split for this task, in report order. */
    public List<String> metrics() {
        return metrics;
    }

    /** The task named {@code label} ({@code classification} or {@code regression}), if any. */
    public static Optional<Task> named(String label) {
        for (Task t : values()) {
            if (t.label().equals(label)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The task a metric belongs to, empty for metrics of both tasks ({@code val_loss}) or of neither. */
    public static Optional<Task> owning(String metric) {
        boolean c = CLASSIFICATION.metrics.contains(metric);
        boolean r = REGRESSION.metrics.contains(metric);
        return c == r ? Optional.empty() : Optional.of(c ? CLASSIFICATION : REGRESSION);
    }

    /** Whether larger values of {@code metric} are better (accuracy, f1_macro, roc_auc, r2); false for losses and errors. */
    public static boolean maximized(String metric) {
        return MAXIMIZED.contains(metric);
    }
}
