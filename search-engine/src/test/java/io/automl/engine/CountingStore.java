package io.automl.engine;

import io.automl.space.Config;
import io.automl.space.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link TrialStore} that forwards to another and counts, per method, the calls and the trial rows its
 * reads returned, so tests can check how much a view or a run reads. Thread-safe.
 */
final class CountingStore implements TrialStore {
    private final TrialStore delegate;
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();

    CountingStore(TrialStore delegate) {
        this.delegate = delegate;
    }

    long calls(String method) {
        return calls.getOrDefault(method, new AtomicLong()).get();
    }

    long rows(String method) {
        return rows.getOrDefault(method, new AtomicLong()).get();
    }

    void reset() {
        calls.clear();
        rows.clear();
    }

    private void count(String method, int returned) {
        calls.computeIfAbsent(method, k -> new AtomicLong()).incrementAndGet();
        rows.computeIfAbsent(method, k -> new AtomicLong()).addAndGet(returned);
    }

    private <T> Optional<T> one(String method, Optional<T> r) {
        count(method, r.isPresent() ? 1 : 0);
        return r;
    }

    private <T> List<T> many(String method, List<T> r) {
        count(method, r.size());
        return r;
    }

    @Override
    public StudyRecord createStudy(String name, String spaceText, String baseDir, Direction direction) {
        count("createStudy", 0);
        return delegate.createStudy(name, spaceText, baseDir, direction);
    }

    @Override
    public Optional<StudyRecord> findStudy(String name) {
        return one("findStudy", delegate.findStudy(name));
    }

    @Override
    public Optional<StudyRecord> study(long id) {
        return one("study", delegate.study(id));
    }

    @Override
    public List<StudyRecord> studies() {
        return many("studies", delegate.studies());
    }

    @Override
    public void setStudyState(long studyId, StudyState state) {
        count("setStudyState", 0);
        delegate.setStudyState(studyId, state);
    }

    @Override
    public void failStudy(long studyId, String reason) {
        count("failStudy", 0);
        delegate.failStudy(studyId, reason);
    }

    @Override
    public Optional<TrialSnapshot> startTrial(long studyId, int maxTrials, Config config, long seed, String worker,
            Duration lease) {
        return one("startTrial", delegate.startTrial(studyId, maxTrials, config, seed, worker, lease));
    }

    @Override
    public TrialSnapshot enqueue(long studyId, Config config, long seed) {
        count("enqueue", 1);
        return delegate.enqueue(studyId, config, seed);
    }

    @Override
    public Optional<TrialSnapshot> claimWaiting(long studyId, String worker, Duration lease) {
        return one("claimWaiting", delegate.claimWaiting(studyId, worker, lease));
    }

    @Override
    public boolean heartbeat(long trialId, String worker, Duration lease) {
        count("heartbeat", 0);
        return delegate.heartbeat(trialId, worker, lease);
    }

    @Override
    public void reportIntermediate(long trialId, String worker, int step, double value) {
        count("reportIntermediate", 0);
        delegate.reportIntermediate(trialId, worker, step, value);
    }

    @Override
    public TrialSnapshot finish(long trialId, String worker, Outcome outcome) {
        count("finish", 1);
        return delegate.finish(trialId, worker, outcome);
    }

    @Override
    public int releaseRunning(long studyId, Instant now, int maxAttempts, String reason) {
        count("releaseRunning", 0);
        return delegate.releaseRunning(studyId, now, maxAttempts, reason);
    }

    @Override
    public List<TrialSnapshot> trials(long studyId) {
        return many("trials", delegate.trials(studyId));
    }

    @Override
    public List<TrialSnapshot> trialsSince(long studyId, long afterId, List<TrialState> states) {
        return many("trialsSince", delegate.trialsSince(studyId, afterId, states));
    }

    @Override
    public Optional<TrialSnapshot> trial(long studyId, int number) {
        return one("trial", delegate.trial(studyId, number));
    }

    @Override
    public StudyCounts counts(long studyId) {
        count("counts", 0);
        return delegate.counts(studyId);
    }

    @Override
    public List<TrialSnapshot> leaderboard(long studyId, Direction direction, int limit) {
        return many("leaderboard", delegate.leaderboard(studyId, direction, limit));
    }

    @Override
    public void addAttributes(long trialId, Map<String, Object> attributes) {
        count("addAttributes", 0);
        delegate.addAttributes(trialId, attributes);
    }

    @Override
    public void putArtifact(long trialId, String name, byte[] data) {
        count("putArtifact", 0);
        delegate.putArtifact(trialId, name, data);
    }

    @Override
    public Optional<byte[]> artifact(long trialId, String name) {
        return one("artifact", delegate.artifact(trialId, name));
    }

    @Override
    public boolean deleteArtifact(long trialId, String name) {
        count("deleteArtifact", 0);
        return delegate.deleteArtifact(trialId, name);
    }

    @Override
    public void deleteStudy(long studyId) {
        count("deleteStudy", 0);
        delegate.deleteStudy(studyId);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
