package io.automl.eval.bundle;

import io.automl.eval.data.TargetScale;
import io.automl.space.Task;
import io.automl.space.arch.InputShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code automl/manifest.json} entry of an exported bundle, format version {@value #FORMAT_VERSION}:
 * which study and trial the model comes from, the label column and class names (output index = class
 * id), the feature columns in input order, the input kind ({@code features}, {@code image} or {@code sequence})
 * and, from version 2, the full input shape, the trial's configuration, its metrics (validation and
 * {@code test_*}) and provenance (seed, data hash, library versions, training time, device and ND4J backend).
 * From version 3 it names the {@code task} ({@code classification} or {@code regression}) and, for regression,
 * the {@code target} scaling (predicted value = output x std + mean). Version 1 manifests read with a flat input
 * shape; versions 1 and 2 read as classification. Immutable.
 */
public record BundleManifest(int formatVersion, String studyName, int trialNumber, String labelColumn,
        List<String> labelNames, List<String> featureColumns, String inputKind, Map<String, Object> config,
        Map<String, Object> metrics, Map<String, Object> provenance, InputShape inputShape, String task,
        TargetScale target) {
    /** The bundle format this code writes. */
    public static final int FORMAT_VERSION = 3;
    /** The oldest bundle format this code reads. */
    public static final int OLDEST_READABLE_VERSION = 1;

    public BundleManifest {
        Objects.requireNonNull(studyName, "studyName");
        Objects.requireNonNull(labelColumn, "labelColumn");
        Objects.requireNonNull(inputKind, "inputKind");
        labelNames = List.copyOf(labelNames);
        featureColumns = List.copyOf(featureColumns);
        config = copy(config, "config");
        metrics = copy(metrics, "metrics");
        provenance = copy(provenance, "provenance");
        inputShape = inputShape == null ? InputShape.flat() : inputShape;
        task = task == null ? Task.CLASSIFICATION.label() : task;
        if (Task.named(task).isEmpty()) {
            throw new IllegalArgumentException("unknown task '" + task + "'; known: classification, regression");
        }
    }

    /** Whether the model predicts a numeric target. */
    public boolean regression() {
        return task.equals(Task.REGRESSION.label());
    }

    /** What the model expects and predicts, as recorded here. */
    public ModelInfo modelInfo() {
        return new ModelInfo(labelColumn, labelNames, featureColumns, inputShape, task, target);
    }

    private static Map<String, Object> copy(Map<String, Object> m, String field) {
        Objects.requireNonNull(m, field);
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
