package io.automl.engine.memory;

import io.automl.engine.Outcome;
import io.automl.engine.StaleTrialException;
import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link TrialStore} held in memory: nothing survives the process. Every method is thread-safe (one
 * lock guards all state, so compound operations such as {@link #startTrial} are atomic); it is not
 * process-safe. Lease times come from the injected clock. Starting, claiming, finishing, counting and
 * reading one trial or the trials after an id cost the same however many trials a study holds.
 */
public final class InMemoryTrialStore implements TrialStore {
    private final Clock clock;
    private final Map<Long, StudyRecord> studies = new LinkedHashMap<>();
    private final Map<Long, TrialRow> trials = new LinkedHashMap<>();
    private final Map<Long, StudyRows> byStudy = new LinkedHashMap<>();
    private long nextStudyId = 1;
    private long nextTrialId = 1;
    private boolean closed;

    /** A store whose lease times come from {@code clock}. */
    public InMemoryTrialStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A store on the system clock. */
    public InMemoryTrialStore() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized StudyRecord createStudy(String name, String spaceText, String baseDir, Direction direction) {
        open();
        if (findStudy(name).isPresent()) {
            throw new IllegalArgumentException("a study named '" + name + "' already exists");
        }
        StudyRecord s = new StudyRecord(nextStudyId++, name, spaceText, baseDir, direction, StudyState.RUNNING,
                clock.instant());
        studies.put(s.id(), s);
        byStudy.put(s.id(), new StudyRows());
        return s;
    }

    @Override
    public synchronized Optional<StudyRecord> findStudy(String name) {
        Objects.requireNonNull(name, "name");
        return studies.values().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public synchronized Optional<StudyRecord> study(long id) {
        return Optional.ofNullable(studies.get(id));
    }

    @Override
    public synchronized List<StudyRecord> studies() {
        List<StudyRecord> all = new ArrayList<>(studies.values());
        all.sort(Comparator.comparing(StudyRecord::createdAt).thenComparing(StudyRecord::id).reversed());
        return List.copyOf(all);
    }

    @Override
    public synchronized void setStudyState(long studyId, StudyState state) {
        StudyRecord s = studyOrThrow(studyId);
        studies.put(studyId, new StudyRecord(s.id(), s.name(), s.spaceText(), s.baseDir(), s.direction(),
                Objects.requireNonNull(state, "state"), s.createdAt()));
    }

    @Override
    public synchronized void failStudy(long studyId, String reason) {
        Objects.requireNonNull(reason, "reason");
        StudyRecord s = studyOrThrow(studyId);
        studies.put(studyId, new StudyRecord(s.id(), s.name(), s.spaceText(), s.baseDir(), s.direction(),
                StudyState.FAILED, s.createdAt(), reason));
    }

    @Override
    public synchronized Optional<TrialSnapshot> startTrial(long studyId, int maxTrials, Config config, long seed,
            String worker, Duration lease) {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(lease, "lease");
        if (counts(studyId).budgeted() >= maxTrials) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        TrialRow row = newRow(studyId, config, seed);
        row.state = TrialState.RUNNING;
        row.run(worker, now, now.plus(lease));
        add(row);
        return Optional.of(row.snapshot());
    }

    @Override
    public synchronized TrialSnapshot enqueue(long studyId, Config config, long seed) {
        TrialRow row = newRow(studyId, config, seed);
        row.state = TrialState.WAITING;
        add(row);
        return row.snapshot();
    }

    @Override
    public synchronized Optional<TrialSnapshot> claimWaiting(long studyId, String worker, Duration lease) {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(lease, "lease");
        StudyRows rows = rows(studyId);
        TrialRow row = rows.firstWaiting();
        if (row == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        rows.setState(row, TrialState.RUNNING);
        row.run(worker, now, now.plus(lease));
        return Optional.of(row.snapshot());
    }

    @Override
    public synchronized boolean heartbeat(long trialId, String worker, Duration lease) {
        TrialRow row = row(trialId);
        if (!row.ownedBy(worker)) {
            return false;
        }
        row.leaseUntil = clock.instant().plus(lease);
        return true;
    }

    @Override
    public synchronized void reportIntermediate(long trialId, String worker, int step, double value) {
        TrialRow row = owned(trialId, worker);
        row.intermediate.put(step, value);
    }

    @Override
    public synchronized TrialSnapshot finish(long trialId, String worker, Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        TrialRow row = row(trialId);
        boolean cancelWaiting = row.state == TrialState.WAITING && outcome instanceof Outcome.Cancelled;
        if (!cancelWaiting) {
            owned(trialId, worker);
        }
        rows(row.studyId).setState(row, outcome.state());
        row.attributes.putAll(outcome.attributes());
        if (outcome instanceof Outcome.Complete c) {
            row.value = c.value();
            row.values = c.values();
        } else if (outcome instanceof Outcome.Pruned p) {
            row.value = p.value();
        } else if (outcome instanceof Outcome.Failed f) {
            row.reason = f.reason();
        } else if (outcome instanceof Outcome.Cancelled c) {
            row.reason = c.reason();
        }
        row.leaseUntil = null;
        row.finishedAt = clock.instant();
        return row.snapshot();
    }

    @Override
    public synchronized int releaseRunning(long studyId, Instant now, int maxAttempts, String reason) {
        Objects.requireNonNull(reason, "reason");
        int released = 0;
        StudyRows rows = rows(studyId);
        for (TrialRow row : rows.all()) {
            if (row.state != TrialState.RUNNING || (now != null && !row.leaseUntil.isBefore(now))) {
                continue;
            }
            released++;
            row.leaseUntil = null;
            if (row.attempt + 1 < maxAttempts) {
                rows.setState(row, TrialState.WAITING);
                row.attempt++;
                row.worker = null;
                row.startedAt = null;
                row.intermediate.clear();
            } else {
                rows.setState(row, TrialState.FAILED);
                row.reason = reason;
                row.finishedAt = clock.instant();
            }
        }
        return released;
    }

    @Override
    public synchronized List<TrialSnapshot> trials(long studyId) {
        return rows(studyId).all().stream().map(TrialRow::snapshot).toList();
    }

    @Override
    public synchronized List<TrialSnapshot> trialsSince(long studyId, long afterId, List<TrialState> states) {
        List<TrialState> wanted = List.copyOf(states);
        return rows(studyId).after(afterId).stream().filter(r -> wanted.contains(r.state)).map(TrialRow::snapshot)
                .toList();
    }

    @Override
    public synchronized Optional<TrialSnapshot> trial(long studyId, int number) {
        return Optional.ofNullable(rows(studyId).byNumber(number)).map(TrialRow::snapshot);
    }

    @Override
    public synchronized StudyCounts counts(long studyId) {
        return rows(studyId).counts();
    }

    @Override
    public synchronized List<TrialSnapshot> leaderboard(long studyId, Direction direction, int limit) {
        Comparator<TrialRow> byValue = Comparator.comparingDouble(r -> r.value);
        if (direction == Direction.MAXIMIZE) {
            byValue = byValue.reversed();
        }
        return rows(studyId).all().stream().filter(r -> r.state == TrialState.COMPLETE)
                .sorted(byValue.thenComparingInt(r -> r.number)).limit(limit).map(TrialRow::snapshot).toList();
    }

    @Override
    public synchronized void addAttributes(long trialId, Map<String, Object> attributes) {
        row(trialId).attributes.putAll(attributes);
    }

    @Override
    public synchronized void putArtifact(long trialId, String name, byte[] data) {
        Objects.requireNonNull(name, "name");
        row(trialId).artifacts.put(name, data.clone());
    }

    @Override
    public synchronized Optional<byte[]> artifact(long trialId, String name) {
        return Optional.ofNullable(row(trialId).artifacts.get(name)).map(byte[]::clone);
    }

    @Override
    public synchronized boolean deleteArtifact(long trialId, String name) {
        Objects.requireNonNull(name, "name");
        return row(trialId).artifacts.remove(name) != null;
    }

    @Override
    public synchronized void deleteStudy(long studyId) {
        open();
        studyOrThrow(studyId);
        for (TrialRow row : byStudy.remove(studyId).all()) {
            trials.remove(row.id);
        }
        studies.remove(studyId);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private TrialRow newRow(long studyId, Config config, long seed) {
        Objects.requireNonNull(config, "config");
        return new TrialRow(nextTrialId++, studyId, rows(studyId).nextNumber(), config, seed, clock.instant());
    }

    private void add(TrialRow row) {
        rows(row.studyId).add(row);
        trials.put(row.id, row);
    }

    private TrialRow owned(long trialId, String worker) {
        TrialRow row = row(trialId);
        if (row.state.isFinished()) {
            throw new StaleTrialException("trial " + row.number + " is already " + row.state);
        }
        if (!row.ownedBy(worker)) {
            throw new StaleTrialException("trial " + row.number + " is not owned by worker '" + worker + "'");
        }
        return row;
    }

    private StudyRows rows(long studyId) {
        open();
        studyOrThrow(studyId);
        return byStudy.get(studyId);
    }

    private TrialRow row(long trialId) {
        open();
        TrialRow row = trials.get(trialId);
        if (row == null) {
            throw new IllegalArgumentException("trialId: no trial " + trialId);
        }
        return row;
    }

    private StudyRecord studyOrThrow(long studyId) {
        StudyRecord s = studies.get(studyId);
        if (s == null) {
            throw new IllegalArgumentException("studyId: no study " + studyId);
        }
        return s;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("store is closed");
        }
    }
}
