package io.automl.eval.provenance;

import io.automl.engine.TrialSnapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a trial's result came from, after Tribuo's provenance records: the trial's {@code seed}, the training
 * time, the data set's SHA-256, the DL4J and Java versions, the device and ND4J backend, the ND4J threads,
 * whether ND4J's descriptor caches were installed, the worker that ran it and the name of a named data set
 * ({@code "dataset": {"ref": ...}}). Every field but the seed may be
 * null (unknown: trials of the command evaluator, trials stored by older versions); null fields are left out of
 * the stored forms. Stored under the attribute keys {@link #KEYS}, which are also the manifest's provenance
 * keys. Immutable.
 */
public record TrialProvenance(Double trainSeconds, long seed, String dataSha256, String dl4jVersion,
        String javaVersion, String device, String nd4jBackend, Integer threads, Boolean nd4jDescriptorCaches,
        String worker, String dataName) {
    /** The attribute (and manifest) keys, in the order they are written. */
    public static final List<String> KEYS = List.of("train_seconds", "seed", "data_sha256", "dl4j_version",
            "java_version", "device", "nd4j_backend", "threads", "nd4j_descriptor_caches", "worker", "data_name");

    /** Provenance of data that were not named (given by path). */
    public TrialProvenance(Double trainSeconds, long seed, String dataSha256, String dl4jVersion, String javaVersion,
            String device, String nd4jBackend, Integer threads, Boolean nd4jDescriptorCaches, String worker) {
        this(trainSeconds, seed, dataSha256, dl4jVersion, javaVersion, device, nd4jBackend, threads,
                nd4jDescriptorCaches, worker, null);
    }

    public TrialProvenance {
        if (trainSeconds != null && !(trainSeconds >= 0)) {
            throw new IllegalArgumentException("trainSeconds must be >= 0: " + trainSeconds);
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
    }

    /** Whether {@code key} is one of the attributes that describe where a result came from. */
    public static boolean isKey(String key) {
        return KEYS.contains(key);
    }

    /**
     * The provenance of a stored trial, read from its attributes; the seed and the worker come from the trial
     * itself where the attributes lack them.
     */
    public static TrialProvenance of(TrialSnapshot trial) {
        Map<String, Object> a = trial.attributes();
        Object seed = a.get("seed");
        String worker = text(a.get("worker"));
        return new TrialProvenance(number(a.get("train_seconds"), Number::doubleValue),
                seed instanceof Number n ? n.longValue() : trial.seed(), text(a.get("data_sha256")),
                text(a.get("dl4j_version")), text(a.get("java_version")), text(a.get("device")),
                text(a.get("nd4j_backend")), number(a.get("threads"), Number::intValue),
                a.get("nd4j_descriptor_caches") instanceof Boolean b ? b : null,
                worker != null ? worker : trial.worker(), text(a.get("data_name")));
    }

    /** The attributes stored with the trial: the non-null fields under {@link #KEYS}, in that order. */
    public Map<String, Object> toAttributes() {
        Object[] values = {trainSeconds, seed, dataSha256, dl4jVersion, javaVersion, device, nd4jBackend, threads,
            nd4jDescriptorCaches, worker, dataName};
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.put(KEYS.get(i), values[i]);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The {@code provenance} object of a bundle manifest: the same keys and values as the attributes. */
    public Map<String, Object> toManifest() {
        return toAttributes();
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    private static <T> T number(Object v, Function<Number, T> as) {
        return v instanceof Number n ? as.apply(n) : null;
    }
}
