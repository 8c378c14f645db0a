package io.automl.eval.bundle;

import io.automl.eval.data.TargetScale;
import io.automl.space.Task;
import io.automl.space.arch.InputShape;
import java.util.List;
import java.util.Objects;

/**
 * What a trained model expects and predicts: the label column, class names (output index = class id; empty for
 * regression), the feature column names in input order, the shape those values form (flat features when absent,
 * as in models stored before shapes were recorded), the task ({@code classification} when absent, as in models
 * stored before regression) and for regression the scaling that maps the model's single output back to the
 * target's units (identity when absent). Immutable.
 */
public record ModelInfo(String labelColumn, List<String> labelNames, List<String> featureNames, InputShape input,
        String task, TargetScale target) {
    public ModelInfo {
        Objects.requireNonNull(labelColumn, "labelColumn");
        labelNames = List.copyOf(labelNames);
        featureNames = List.copyOf(featureNames);
        input = input == null ? InputShape.flat() : input;
        task = task == null ? Task.CLASSIFICATION.label() : task;
        if (Task.named(task).isEmpty()) {
            throw new IllegalArgumentException("unknown task '" + task + "'; known: classification, regression");
        }
        target = task.equals(Task.REGRESSION.label()) && target == null ? TargetScale.identity() : target;
    }

    /** A classification model over inputs of the given shape. */
    public ModelInfo(String labelColumn, List<String> labelNames, List<String> featureNames, InputShape input) {
        this(labelColumn, labelNames, featureNames, input, Task.CLASSIFICATION.label(), null);
    }

    /** A classification model over flat feature rows. */
    public ModelInfo(String labelColumn, List<String> labelNames, List<String> featureNames) {
        this(labelColumn, labelNames, featureNames, InputShape.flat());
    }

    /** Whether the model predicts a numeric target. */
    public boolean regression() {
        return task.equals(Task.REGRESSION.label());
    }
}
