package io.automl.eval.bundle;

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
 * {@code test_*}) and provenance (seed, data hash, library versions, device). Version 1 manifests read with a flat
 * input shape. Immutable.
 */
public record BundleManifest(int formatVersion, String studyName, int trialNumber, String labelColumn,
        List<String> labelNames, List<String> featureColumns, String inputKind, Map<String, Object> config,
        Map<String, Object> metrics, Map<String, Object> provenance, InputShape inputShape) {
    /** The bundle format this code writes. */
    public static final int FORMAT_VERSION = 2;
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
    }

    private static Map<String, Object> copy(Map<String, Object> m, String field) {
        Objects.requireNonNull(m, field);
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
