package io.automl.eval.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Provenance keeps its stored attribute keys, leaves unknown facts out, and reads back what it wrote. */
class TrialProvenanceTest {

    @Test
    void attributesUseTheStoredKeysInOrderAndLeaveUnknownsOut() {
        TrialProvenance p = new TrialProvenance(1.5, 7, "abc", "1.0.0-M2.1", "17", "cpu", "CpuBackend (OPENBLAS)", 2,
                true, null);
        assertEquals(List.of("train_seconds", "seed", "data_sha256", "dl4j_version", "java_version", "device",
                "nd4j_backend", "threads", "nd4j_descriptor_caches"), List.copyOf(p.toAttributes().keySet()));
        assertEquals(true, p.toAttributes().get("nd4j_descriptor_caches"));
        assertEquals(p.toAttributes(), p.toManifest());
        assertEquals(Map.of("seed", 3L), new TrialProvenance(null, 3, null, null, null, null, null, null, null, null)
                .toAttributes());
        assertThrows(IllegalArgumentException.class,
                () -> new TrialProvenance(-1.0, 1, null, null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new TrialProvenance(null, 1, null, null, null, null, null, 0, null, null));
    }

    @Test
    void aStoredTrialReadsBackWithItsSeedAndWorker() {
        TrialProvenance p = new TrialProvenance(2.0, 11, "h", "v", "17", "gpu:0", "JCublasBackend (CUBLAS)", 4, false,
                null);
        Map<String, Object> attrs = new LinkedHashMap<>(p.toAttributes());
        attrs.put("accuracy", 0.9);
        TrialProvenance back = TrialProvenance.of(trial(99, "w-1", attrs));
        assertEquals(new TrialProvenance(2.0, 11, "h", "v", "17", "gpu:0", "JCublasBackend (CUBLAS)", 4, false, "w-1"),
                back);
        TrialProvenance command = TrialProvenance.of(trial(5, null, Map.of("accuracy", 0.5)));
        assertEquals(Map.of("seed", 5L), command.toAttributes());
    }

    private static TrialSnapshot trial(long seed, String worker, Map<String, Object> attributes) {
        return new TrialSnapshot(1, 1, 0, TrialState.COMPLETE, new Config(Map.of()), seed, 0.9, new TreeMap<>(),
                attributes, null, worker, 0, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
    }
}
