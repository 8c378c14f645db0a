package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.Task;
import java.util.Optional;

/**
 * Checks that the metrics a space names suit its data set's task: {@code accuracy}, {@code f1_macro},
 * {@code log_loss} and {@code roc_auc} need a classification data set, {@code mse}, {@code mae} and {@code r2} a
 * regression one; {@code val_loss}, {@code loss} and {@code value} suit both. Not thread-safe.
 */
final class TaskRules {
    private final Errors errors;

    TaskRules(Errors errors) {
        this.errors = errors;
    }

    /**
     * The task the document's {@code dataset} declares: classification when the field is absent, empty when the
     * data set is absent or the field is not a known task (already reported).
     */
    static Optional<Task> declared(JsonNode dataset) {
        if (dataset == null || !dataset.isObject()) {
            return Optional.empty();
        }
        JsonNode t = dataset.get("task");
        if (t == null) {
            return Optional.of(Task.CLASSIFICATION);
        }
        return t.isTextual() ? Task.named(t.textValue()) : Optional.empty();
    }

    /** Reports a metric field ({@code /objective/metric}, {@code /earlyStopping/metric}) that does not suit {@code task}. */
    void metric(JsonNode owner, String pointer, Task task) {
        JsonNode m = owner == null || !owner.isObject() ? null : owner.get("metric");
        if (m == null || !m.isTextual()) {
            return;
        }
        Optional<Task> needs = Task.owning(m.textValue());
        if (needs.isPresent() && needs.get() != task) {
            errors.add(Json.child(pointer, "metric"), "metric '" + m.textValue() + "' needs a " + needs.get().label()
                    + " data set, but /dataset/task is " + task.label() + " (use one of "
                    + String.join(", ", task.metrics()) + ")", m);
        }
    }
}
