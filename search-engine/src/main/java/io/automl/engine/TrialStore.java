package io.automl.engine;

import io.automl.space.Config;
import io.automl.space.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The single source of truth for studies, trials, intermediate values and artifacts.
 *
 * <p>Implementations are thread-safe and process-safe: several workers, threads or processes may
 * share one store. A trial is owned by at most one worker at a time through a lease; writes from a
 * worker that no longer owns the trial, and writes to finished trials, throw {@link StaleTrialException}.
 * Every method returns read-only snapshots. Every implementation passes {@code TrialStoreContract}.
 */
public interface TrialStore extends AutoCloseable {

    /** Creates a study; throws {@link IllegalArgumentException} when the name is taken. */
    StudyRecord createStudy(String name, String spaceText, String baseDir, Direction direction);

    /** The study named {@code name}, if any. */
    Optional<StudyRecord> findStudy(String name);

    /** The study with id {@code id}, if any. */
    Optional<StudyRecord> study(long id);

    /** Every study, newest first. */
    List<StudyRecord> studies();

    /** Sets a study's state and clears its reason. */
    void setStudyState(long studyId, StudyState state);

    /**
     * Marks a study FAILED with {@code reason} (shown wherever the study is listed); trials are left as they
     * are. Throws {@link IllegalArgumentException} naming {@code studyId} when there is no such study.
     */
    void failStudy(long studyId, String reason);

    /**
     * Atomically adds a trial in state RUNNING, owned by {@code worker} until {@code now + lease}, unless
     * the study already has {@code maxTrials} or more budgeted trials (see {@link StudyCounts#budgeted()}).
     * The trial gets the next free number.
     */
    Optional<TrialSnapshot> startTrial(long studyId, int maxTrials, Config config, long seed, String worker,
            Duration lease);

    /** Adds a trial in state WAITING (a configuration to try next, such as a warm start). */
    TrialSnapshot enqueue(long studyId, Config config, long seed);

    /** Atomically claims the lowest-numbered WAITING trial for {@code worker}, making it RUNNING. */
    Optional<TrialSnapshot> claimWaiting(long studyId, String worker, Duration lease);

    /** Extends the lease of a RUNNING trial owned by {@code worker}; false when it is no longer owned. */
    boolean heartbeat(long trialId, String worker, Duration lease);

    /** Stores an intermediate value (replacing one at the same step) of a RUNNING trial owned by {@code worker}. */
    void reportIntermediate(long trialId, String worker, int step, double value);

    /** Finishes a RUNNING trial owned by {@code worker} (or a WAITING one, for cancellation). */
    TrialSnapshot finish(long trialId, String worker, Outcome outcome);

    /**
     * Releases RUNNING trials of a study whose lease expired before {@code now}, or all its RUNNING trials when
     * {@code now} is null (the caller knows no worker is alive, such as an embedded store at start-up).
     * A released trial with fewer than {@code maxAttempts} attempts goes back to WAITING with its
     * attempt count raised and its intermediate values cleared; otherwise it becomes FAILED with
     * {@code reason}. Returns how many trials were released.
     */
    int releaseRunning(long studyId, Instant now, int maxAttempts, String reason);

    /** Every trial of a study in number order. */
    List<TrialSnapshot> trials(long studyId);

    /** Trials of a study in {@code states} whose id is greater than {@code afterId}, in id order (for incremental reads). */
    List<TrialSnapshot> trialsSince(long studyId, long afterId, List<TrialState> states);

    /** One trial by study and number. */
    Optional<TrialSnapshot> trial(long studyId, int number);

    /** Counts per state. */
    StudyCounts counts(long studyId);

    /** The best COMPLETE trials, best first, ties broken by trial number. */
    List<TrialSnapshot> leaderboard(long studyId, Direction direction, int limit);

    /** Merges {@code attributes} into a trial's attributes; allowed on finished trials (for test scores). */
    void addAttributes(long trialId, Map<String, Object> attributes);

    /** Stores (or replaces) a named binary artifact of a trial, such as its trained model. */
    void putArtifact(long trialId, String name, byte[] data);

    /** A trial's named artifact, if stored. */
    Optional<byte[]> artifact(long trialId, String name);

    /**
     * Deletes a trial's named artifact (allowed on finished trials, for retention policies); returns
     * false when there was none.
     */
    boolean deleteArtifact(long trialId, String name);

    /**
     * Deletes a study with all its trials, intermediate values and artifacts, atomically: afterwards the
     * study's name is free and none of its rows remain; a concurrent reader sees either all of it or none.
     * Throws {@link IllegalArgumentException} naming {@code studyId} when there is no such study. The caller
     * makes sure no worker still runs trials of the study. A store that offers no deletion (such as a
     * worker's view of a remote store) throws {@link UnsupportedOperationException}, which is the default.
     */
    default void deleteStudy(long studyId) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot delete studies");
    }

    @Override
    void close();
}
