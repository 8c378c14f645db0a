package io.automl.web.jobs;

import java.util.Map;
import java.util.Objects;

/**
 * One live event of a study: {@code seq} increases by one per event of the server (so a polling client
 * asks for events after the last one it saw); {@code type} is {@code trial-started}, {@code trial-finished},
 * {@code trial-pruned}, {@code trial-failed}, {@code new-best}, {@code trial-step} (a running trial's
 * intermediate value) or {@code study-state}; {@code data} is
 * a JSON-compatible payload. Immutable.
 */
public record StudyEvent(long seq, String study, String type, Map<String, Object> data) {
    public StudyEvent {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(type, "type");
        data = Map.copyOf(data);
    }
}
