package io.automl.bench;

import io.automl.engine.StudyCounts;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.engine.Outcome;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link TrialStore} that times every call of the store it wraps into {@link Timings}, to show where a
 * study's per-trial overhead goes. Thread-safe when the wrapped store is; closing it closes the wrapped store.
 */
final class TimedStore implements TrialStore {
    private final TrialStore delegate;
    private final Timings timings;

    TimedStore(TrialStore delegate, Timings timings) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.timings = Objects.requireNonNull(timings, "timings");
    }

    @Override
    public StudyRecord createStudy(String name, String spaceText, String baseDir, Direction direction) {
        long t = System.nanoTime();
        StudyRecord r = delegate.createStudy(name, spaceText, baseDir, direction);
        timings.add("createStudy", t);
        return r;
    }

    @Override
    public Optional<StudyRecord> findStudy(String name) {
        long t = System.nanoTime();
        Optional<StudyRecord> r = delegate.findStudy(name);
        timings.add("findStudy", t);
        return r;
    }

    @Override
    public Optional<StudyRecord> study(long id) {
        long t = System.nanoTime();
        Optional<StudyRecord> r = delegate.study(id);
        timings.add("study", t);
        return r;
    }

    @Override
    public List<StudyRecord> studies() {
        long t = System.nanoTime();
        List<StudyRecord> r = delegate.studies();
        timings.add("studies", t, r.size());
        return r;
    }

    @Override
    public void setStudyState(long studyId, StudyState state) {
        long t = System.nanoTime();
        delegate.setStudyState(studyId, state);
        timings.add("setStudyState", t);
    }

    @Override
    public void failStudy(long studyId, String reason) {
        long t = System.nanoTime();
        delegate.failStudy(studyId, reason);
        timings.add("failStudy", t);
    }

    @Override
    public Optional<TrialSnapshot> startTrial(long studyId, int maxTrials, Config config, long seed, String worker,
            Duration lease) {
        long t = System.nanoTime();
        Optional<TrialSnapshot> r = delegate.startTrial(studyId, maxTrials, config, seed, worker, lease);
        timings.add("startTrial", t);
        return r;
    }

    @Override
    public TrialSnapshot enqueue(long studyId, Config config, long seed) {
        long t = System.nanoTime();
        TrialSnapshot r = delegate.enqueue(studyId, config, seed);
        timings.add("enqueue", t);
        return r;
    }

    @Override
    public Optional<TrialSnapshot> claimWaiting(long studyId, String worker, Duration lease) {
        long t = System.nanoTime();
        Optional<TrialSnapshot> r = delegate.claimWaiting(studyId, worker, lease);
        timings.add("claimWaiting", t);
        return r;
    }

    @Override
    public boolean heartbeat(long trialId, String worker, Duration lease) {
        long t = System.nanoTime();
        boolean r = delegate.heartbeat(trialId, worker, lease);
        timings.add("heartbeat", t);
        return r;
    }

    @Override
    public void reportIntermediate(long trialId, String worker, int step, double value) {
        long t = System.nanoTime();
        delegate.reportIntermediate(trialId, worker, step, value);
        timings.add("reportIntermediate", t);
    }

    @Override
    public TrialSnapshot finish(long trialId, String worker, Outcome outcome) {
        long t = System.nanoTime();
        TrialSnapshot r = delegate.finish(trialId, worker, outcome);
        timings.add("finish", t);
        return r;
    }

    @Override
    public int releaseRunning(long studyId, Instant now, int maxAttempts, String reason) {
        long t = System.nanoTime();
        int r = delegate.releaseRunning(studyId, now, maxAttempts, reason);
        timings.add("releaseRunning", t);
        return r;
    }

    @Override
    public List<TrialSnapshot> trials(long studyId) {
        long t = System.nanoTime();
        List<TrialSnapshot> r = delegate.trials(studyId);
        timings.add("trials", t, r.size());
        return r;
    }

    @Override
    public List<TrialSnapshot> trialsSince(long studyId, long afterId, List<TrialState> states) {
        long t = System.nanoTime();
        List<TrialSnapshot> r = delegate.trialsSince(studyId, afterId, states);
        timings.add("trialsSince", t, r.size());
        return r;
    }

    @Override
    public Optional<TrialSnapshot> trial(long studyId, int number) {
        long t = System.nanoTime();
        Optional<TrialSnapshot> r = delegate.trial(studyId, number);
        timings.add("trial", t);
        return r;
    }

    @Override
    public StudyCounts counts(long studyId) {
        long t = System.nanoTime();
        StudyCounts r = delegate.counts(studyId);
        timings.add("counts", t);
        return r;
    }

    @Override
    public List<TrialSnapshot> leaderboard(long studyId, Direction direction, int limit) {
        long t = System.nanoTime();
        List<TrialSnapshot> r = delegate.leaderboard(studyId, direction, limit);
        timings.add("leaderboard", t, r.size());
        return r;
    }

    @Override
    public void addAttributes(long trialId, Map<String, Object> attributes) {
        long t = System.nanoTime();
        delegate.addAttributes(trialId, attributes);
        timings.add("addAttributes", t);
    }

    @Override
    public void putArtifact(long trialId, String name, byte[] data) {
        long t = System.nanoTime();
        delegate.putArtifact(trialId, name, data);
        timings.add("putArtifact", t);
    }

    @Override
    public Optional<byte[]> artifact(long trialId, String name) {
        long t = System.nanoTime();
        Optional<byte[]> r = delegate.artifact(trialId, name);
        timings.add("artifact", t);
        return r;
    }

    @Override
    public boolean deleteArtifact(long trialId, String name) {
        long t = System.nanoTime();
        boolean r = delegate.deleteArtifact(trialId, name);
        timings.add("deleteArtifact", t);
        return r;
    }
    @Override
    public void close() {
        delegate.close();
    }
}
