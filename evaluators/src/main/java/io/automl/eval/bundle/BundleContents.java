package io.automl.eval.bundle;

import io.automl.engine.TrialSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to put in an exported bundle: the study name, the trial number, its configuration, metrics and
 * provenance, and the trial's {@code model} artifact bytes (label and feature names are read from the
 * artifact). Immutable: the model bytes are copied in and out.
 */
public record BundleContents(String studyName, int trialNumber, Map<String, Object> config,
        Map<String, Object> metrics, Map<String, Object> provenance, byte[] model) {
    /** Attribute names that describe where a result came from rather than how good it is. */
    public static final Set<String> PROVENANCE_KEYS = Set.of("seed", "data_sha256", "dl4j_version", "java_version",
            "device", "nd4j_backend", "threads", "worker", "train_seconds");

    public BundleContents {
        Objects.requireNonNull(studyName, "studyName");
        config = ordered(config, "config");
        metrics = ordered(metrics, "metrics");
        provenance = ordered(provenance, "provenance");
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
     * Contents for a stored trial: its attributes split into provenance ({@link #PROVENANCE_KEYS}) and
     * metrics, plus {@code value} and the given test metrics.
     */
    public static BundleContents of(String studyName, TrialSnapshot trial, Map<String, Object> testMetrics,
            byte[] model) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, Object> provenance = new LinkedHashMap<>();
        trial.attributes().forEach((k, v) -> {
            if (v != null) {
                (PROVENANCE_KEYS.contains(k) ? provenance : metrics).put(k, v);
            }
        });
        provenance.putIfAbsent("seed", trial.seed());
        if (trial.worker() != null) {
            provenance.putIfAbsent("worker", trial.worker());
        }
        if (trial.value() != null) {
            metrics.put("value", trial.value());
        }
        metrics.putAll(testMetrics);
        return new BundleContents(studyName, trial.number(), trial.config().values(), metrics, provenance, model);
    }
}
