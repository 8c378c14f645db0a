package io.automl.engine.memory;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The mutable state of one trial inside {@link InMemoryTrialStore}; guarded by the store's lock. */
final class TrialRow {
    final long id;
    final long studyId;
    final int number;
    final Config config;
    final long seed;
    final Instant createdAt;
    final TreeMap<Integer, Double> intermediate = new TreeMap<>();
    final Map<String, Object> attributes = new LinkedHashMap<>();
    final Map<String, byte[]> artifacts = new LinkedHashMap<>();
    TrialState state;
    Double value;
    java.util.List<Double> values = java.util.List.of();
    String reason;
    String worker;
    Instant leaseUntil;
    int attempt;
    Instant startedAt;
    Instant finishedAt;

    TrialRow(long id, long studyId, int number, Config config, long seed, Instant createdAt) {
        this.id = id;
        this.studyId = studyId;
        this.number = number;
        this.config = config;
        this.seed = seed;
        this.createdAt = createdAt;
    }

    /** Records that this trial (made RUNNING by the caller) is owned by {@code owner} until {@code until}. */
    void run(String owner, Instant now, Instant until) {
        worker = owner;
        leaseUntil = until;
        startedAt = now;
    }

    /** Whether {@code owner} holds the lease of this RUNNING trial. */
    boolean ownedBy(String owner) {
        return state == TrialState.RUNNING && worker != null && worker.equals(owner);
    }

    TrialSnapshot snapshot() {
        return new TrialSnapshot(id, studyId, number, state, config, seed, value, intermediate, attributes, reason,
                worker, attempt, createdAt, startedAt, finishedAt, values);
    }
}
