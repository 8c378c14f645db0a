package io.automl.engine;

import io.automl.space.Config;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A read-only view of one trial as stored: {@code number} counts from 0 within its study; {@code value}
 * is the objective (present for COMPLETE, and for PRUNED when a value was reported); {@code intermediate}
 * maps step to reported value; {@code attributes} carries metrics, provenance and the test score of the
 * best trial (string keys, JSON-compatible values); {@code reason} explains FAILED and CANCELLED states;
 * {@code attempt} counts re-runs after an interruption (0 for the first run).
 */
public record TrialSnapshot(long id, long studyId, int number, TrialState state, Config config, long seed,
        Double value, SortedMap<Integer, Double> intermediate, Map<String, Object> attributes, String reason,
        String worker, int attempt, Instant createdAt, Instant startedAt, Instant finishedAt) {
    public TrialSnapshot {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(config, "config");
        intermediate = Collections.unmodifiableSortedMap(new TreeMap<>(intermediate));
        attributes = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Wall time from start to finish (or to now while running), in seconds; 0 before the start. */
    public double seconds(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        return Math.max(0, (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
    }
}
