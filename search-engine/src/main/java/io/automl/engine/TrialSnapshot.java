package io.automl.engine;

import io.automl.space.Config;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A read-only view of one trial as stored: {@code number} counts from 0 within its study; {@code value}
 * is the objective (present for COMPLETE, and for PRUNED when a value was reported); {@code intermediate}
 * maps step to reported value; {@code attributes} carries metrics, provenance and the test score of the
 * best trial (string keys, JSON-compatible values); {@code reason} explains FAILED and CANCELLED states;
 * {@code attempt} counts re-runs after an interruption (0 for the first run); {@code values} holds every
 * objective's value in the order of the space's objectives for a COMPLETE trial of a multi-objective study
 * (empty otherwise: see {@link #objectiveValues()}).
 */
public record TrialSnapshot(long id, long studyId, int number, TrialState state, Config config, long seed,
        Double value, SortedMap<Integer, Double> intermediate, Map<String, Object> attributes, String reason,
        String worker, int attempt, Instant createdAt, Instant startedAt, Instant finishedAt, List<Double> values) {
    /** The attribute that is {@code false} on a trial that broke a constraint of its space. */
    public static final String FEASIBLE = "feasible";

    /** A snapshot without per-objective values (a single-objective trial). */
    public TrialSnapshot(long id, long studyId, int number, TrialState state, Config config, long seed,
            Double value, SortedMap<Integer, Double> intermediate, Map<String, Object> attributes, String reason,
            String worker, int attempt, Instant createdAt, Instant startedAt, Instant finishedAt) {
        this(id, studyId, number, state, config, seed, value, intermediate, attributes, reason, worker, attempt,
                createdAt, startedAt, finishedAt, List.of());
    }

    public TrialSnapshot {
        values = values == null ? List.of() : List.copyOf(values);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(config, "config");
        intermediate = Collections.unmodifiableSortedMap(new TreeMap<>(intermediate));
        attributes = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Every objective's value: {@link #values()}, or the single {@link #value()} when there are none; empty without a value. */
    public List<Double> objectiveValues() {
        if (!values.isEmpty()) {
            return values;
        }
        return value == null ? List.of() : List.of(value);
    }

    /** False when the trial broke a constraint of its space ({@link #FEASIBLE} is false); true otherwise. */
    public boolean feasible() {
        return !Boolean.FALSE.equals(attributes.get(FEASIBLE));
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
