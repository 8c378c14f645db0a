package io.automl.eval.bundle;

import io.automl.engine.TrialSnapshot;
import io.automl.eval.provenance.TrialProvenance;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to put in an exported bundle: the study name, the trial number, its configuration, metrics and
 * provenance, and the trial's {@code model} artifact bytes (label and feature names are read from the
 * artifact). Immutable: the model bytes are copied in and out.
 */
public record BundleContents(String studyName, int trialNumber, Map<String, Object> config,
        Map<String, Object> metrics, TrialProvenance provenance, byte[] model) {

    public BundleContents {
        Objects.requireNonNull(studyName, "studyName");
        config = ordered(config, "config");
        metrics = ordered(metrics, "metrics");
        Objects.requireNonNull(provenance, "provenance");
        model = Objects.requireNonNull(model, "model").clone();
    }

    private static Map<String, Object> ordered(Map<String, Object> m, String field) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(m, field)));
    }

    @Override
    public byte[] model() {
        return model.clone();
    }

    /**
     * Contents for a stored trial: its provenance ({@link TrialProvenance#of}) and as metrics its other
     * attributes, {@code value} and the given test metrics.
     */
    public static BundleContents of(String studyName, TrialSnapshot trial, Map<String, Object> testMetrics,
            byte[] model) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        trial.attributes().forEach((k, v) -> {
            if (v != null && !TrialProvenance.isKey(k)) {
                metrics.put(k, v);
            }
        });
        if (trial.value() != null) {
            metrics.put("value", trial.value());
        }
        metrics.putAll(testMetrics);
        return new BundleContents(studyName, trial.number(), trial.config().values(), metrics,
                TrialProvenance.of(trial), model);
    }
}
