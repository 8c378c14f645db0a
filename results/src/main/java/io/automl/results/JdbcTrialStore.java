package io.automl.results;

import static java.util.Objects.requireNonNull;

import io.automl.engine.Outcome;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * A {@link TrialStore} on a relational database reached through JDBC: H2 (embedded file, the default) or
 * PostgreSQL (shared by many machines). Obtain one from {@link StoreFactory}, which migrates the schema first.
 *
 * <p>Thread-safe and process-safe: every call is one database transaction on a pooled connection.
 * Trial creation and claims lock the study row, and writes to a trial lock the trial row, so concurrent
 * workers in any number of processes never share a trial number or a claimed trial. Transient conflicts
 * (serialization failures, deadlocks, lock timeouts) are retried a few times; lasting database failures
 * throw {@link StoreException}. Closing the store closes its connection pool.
 */
public final class JdbcTrialStore implements TrialStore {
    private static final int TRANSACTION_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final Closeable pool;
    private final Clock clock;
    private final Tx tx;
    private final StudySql studies = new StudySql();
    private final TrialReads reads;
    private final TrialCreation creation;
    private final TrialUpdates updates;
    private final ArtifactSql artifacts = new ArtifactSql();

    JdbcTrialStore(DataSource dataSource, Dialect dialect, Clock clock, Closeable pool) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        this.pool = requireNonNull(pool, "pool");
        this.clock = requireNonNull(clock, "clock");
        this.tx = new Tx(dataSource, dialect, TRANSACTION_ATTEMPTS);
        JsonCodec json = new JsonCodec();
        this.reads = new TrialReads(json);
        this.creation = new TrialCreation(studies, json);
        this.updates = new TrialUpdates(json);
    }

    /**
     * The pooled data source of this store's database, for components that keep their own tables in the
     * same database (such as the cron scheduler). Connections must be closed by the caller; the pool is
     * closed with the store.
     */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public StudyRecord createStudy(String name, String spaceText, String baseDir, Direction direction) {
        requireNonNull(name, "name");
        requireNonNull(spaceText, "spaceText");
        requireNonNull(baseDir, "baseDir");
        requireNonNull(direction, "direction");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return tx.run("create study " + name,
                c -> studies.insert(c, name, spaceText, baseDir, direction, clock.millis()));
    }

    @Override
    public Optional<StudyRecord> findStudy(String name) {
        requireNonNull(name, "name");
        return tx.run("find study " + name, c -> studies.byName(c, name));
    }

    @Override
    public Optional<StudyRecord> study(long id) {
        return tx.run("read study " + id, c -> studies.byId(c, id));
    }

    @Override
    public List<StudyRecord> studies() {
        return tx.run("list studies", studies::all);
    }

    @Override
    public void setStudyState(long studyId, StudyState state) {
        requireNonNull(state, "state");
        boolean found = tx.run("set state of study " + studyId, c -> studies.setState(c, studyId, state, null));
        if (!found) {
            throw new IllegalArgumentException("studyId: no study with id " + studyId);
        }
    }

    @Override
    public void failStudy(long studyId, String reason) {
        requireNonNull(reason, "reason");
        boolean found = tx.run("fail study " + studyId, c -> studies.setState(c, studyId, StudyState.FAILED, reason));
        if (!found) {
            throw new IllegalArgumentException("studyId: no study with id " + studyId);
        }
    }

    @Override
    public Optional<TrialSnapshot> startTrial(long studyId, int maxTrials, Config config, long seed, String worker,
            Duration lease) {
        requireNonNull(config, "config");
        requireNonNull(worker, "worker");
        requireLease(lease);
        return tx.run("start a trial of study " + studyId, c -> {
            long now = clock.millis();
            OptionalLong id = creation.start(c, studyId, maxTrials, config, seed, worker, now, now + lease.toMillis());
            return id.isPresent() ? reads.byId(c, id.getAsLong()) : Optional.empty();
        });
    }

    @Override
    public TrialSnapshot enqueue(long studyId, Config config, long seed) {
        requireNonNull(config, "config");
        return tx.run("enqueue a trial of study " + studyId, c -> {
            long id = creation.enqueue(c, studyId, config, seed, clock.millis());
            return reads.byId(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<TrialSnapshot> claimWaiting(long studyId, String worker, Duration lease) {
        requireNonNull(worker, "worker");
        requireLease(lease);
        return tx.run("claim a waiting trial of study " + studyId, c -> {
            long now = clock.millis();
            OptionalLong id = creation.claim(c, studyId, worker, now, now + lease.toMillis());
            return id.isPresent() ? reads.byId(c, id.getAsLong()) : Optional.empty();
        });
    }

    @Override
    public boolean heartbeat(long trialId, String worker, Duration lease) {
        requireNonNull(worker, "worker");
        requireLease(lease);
        return tx.run("heartbeat of trial " + trialId,
                c -> updates.heartbeat(c, trialId, worker, clock.millis() + lease.toMillis()));
    }

    @Override
    public void reportIntermediate(long trialId, String worker, int step, double value) {
        requireNonNull(worker, "worker");
        tx.run("report step " + step + " of trial " + trialId, c -> {
            updates.report(c, trialId, worker, step, value);
            return null;
        });
    }

    @Override
    public TrialSnapshot finish(long trialId, String worker, Outcome outcome) {
        requireNonNull(worker, "worker");
        requireNonNull(outcome, "outcome");
        return tx.run("finish trial " + trialId, c -> {
            updates.finish(c, trialId, worker, outcome, clock.millis());
            return reads.byId(c, trialId).orElseThrow();
        });
    }

    @Override
    public int releaseRunning(long studyId, Instant now, int maxAttempts, String reason) {
        requireNonNull(reason, "reason");
        Long leaseBefore = now == null ? null : now.toEpochMilli();
        long finishedAt = now == null ? clock.millis() : now.toEpochMilli();
        return tx.run("release running trials of study " + studyId,
                c -> updates.release(c, studyId, leaseBefore, maxAttempts, reason, finishedAt));
    }

    @Override
    public List<TrialSnapshot> trials(long studyId) {
        return tx.run("list trials of study " + studyId, c -> reads.ofStudy(c, studyId));
    }

    @Override
    public List<TrialSnapshot> trialsSince(long studyId, long afterId, List<TrialState> states) {
        List<TrialState> copy = List.copyOf(requireNonNull(states, "states"));
        return tx.run("list new trials of study " + studyId, c -> reads.since(c, studyId, afterId, copy));
    }

    @Override
    public Optional<TrialSnapshot> trial(long studyId, int number) {
        return tx.run("read trial " + number + " of study " + studyId, c -> reads.byNumber(c, studyId, number));
    }

    @Override
    public StudyCounts counts(long studyId) {
        return tx.run("count trials of study " + studyId, c -> reads.counts(c, studyId));
    }

    @Override
    public List<TrialSnapshot> leaderboard(long studyId, Direction direction, int limit) {
        requireNonNull(direction, "direction");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return tx.run("leaderboard of study " + studyId,
                c -> reads.best(c, studyId, direction == Direction.MAXIMIZE, limit));
    }

    @Override
    public void addAttributes(long trialId, Map<String, Object> attributes) {
        Map<String, Object> copy = Map.copyOf(requireNonNull(attributes, "attributes"));
        tx.run("add attributes to trial " + trialId, c -> {
            updates.addAttributes(c, trialId, copy);
            return null;
        });
    }

    @Override
    public void putArtifact(long trialId, String name, byte[] data) {
        requireNonNull(name, "name");
        byte[] copy = requireNonNull(data, "data").clone();
        tx.run("store artifact " + name + " of trial " + trialId, c -> {
            updates.lock(c, trialId);
            artifacts.put(c, trialId, name, copy, clock.millis());
            return null;
        });
    }

    @Override
    public Optional<byte[]> artifact(long trialId, String name) {
        requireNonNull(name, "name");
        return tx.run("read artifact " + name + " of trial " + trialId, c -> artifacts.get(c, trialId, name));
    }

    @Override
    public boolean deleteArtifact(long trialId, String name) {
        requireNonNull(name, "name");
        return tx.run("delete artifact " + name + " of trial " + trialId, c -> artifacts.delete(c, trialId, name));
    }

    @Override
    public void deleteStudy(long studyId) {
        tx.run("delete study " + studyId, c -> {
            studies.lock(c, studyId);
            studies.delete(c, studyId);
            return null;
        });
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (IOException e) {
            throw new StoreException("closing the connection pool failed", e);
        }
    }

    private static void requireLease(Duration lease) {
        requireNonNull(lease, "lease");
        if (lease.isNegative()) {
            throw new IllegalArgumentException("lease must not be negative: " + lease);
        }
    }
}
