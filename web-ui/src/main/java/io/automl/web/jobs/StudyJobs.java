package io.automl.web.jobs;

import io.automl.engine.Evaluator;
import io.automl.engine.RunOptions;
import io.automl.engine.StaleTrialException;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyResult;
import io.automl.engine.StudyRunner;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.Outcome;
import io.automl.engine.TrialStore;
import io.automl.eval.Evaluators;
import io.automl.space.SearchSpace;
import io.automl.space.parse.InvalidSpaceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs studies in the background of the server, one thread per study, each calling
 * {@code StudyRunner.run} with the embedded workers. {@link #cancel} marks a run's in-flight trials CANCELLED (they
 * keep their reported values and times), interrupts the run, then marks the study's waiting trials and the study
 * CANCELLED;
 * {@link #resume} runs a stopped study again from its stored space text. Every space is checked against the
 * evaluators' policy before it runs, whatever the path (a new study, a resume by a user, a resume at start-up, a
 * study handed to worker processes): a refused study is marked FAILED with the reason and never runs. Thread-safe.
 */
public final class StudyJobs implements AutoCloseable {
    /** How long cancel and close wait for a run to stop. */
    static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** How often a server looks again at a shared study whose last trials other servers hold. */
    private static final Duration SHARED_POLL = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(StudyJobs.class);

    private final Engine engine;
    private final TrialStore store;
    private final StudyEvents events;
    private final Function<StudyRecord, SearchSpace> spaces;
    private final Map<Long, Thread> running = new ConcurrentHashMap<>();
    private final Map<Long, String> errors = new ConcurrentHashMap<>();
    private final boolean embedded;

    /**
     * What runs the studies: the store, the runner, the evaluators (whose policy every space is checked
     * against) and whether the store is shared with other servers.
     */
    public record Engine(TrialStore store, StudyRunner runner, Evaluators evaluators, boolean sharedStore) {
        public Engine {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(runner, "runner");
            Objects.requireNonNull(evaluators, "evaluators");
        }
    }

    /**
     * @param spaces re-reads a stored study's search space (for resume), under the server's policy
     * @param embedded true to run studies on threads of this server; false when worker processes run them
     *     (starting a study then only marks it RUNNING, and cancel also cancels trials RUNNING in workers,
     *     whose next heartbeat fails so that they stop)
     */
    public StudyJobs(Engine engine, StudyEvents events, Function<StudyRecord, SearchSpace> spaces, boolean embedded) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.store = engine.store();
        this.events = Objects.requireNonNull(events, "events");
        this.spaces = Objects.requireNonNull(spaces, "spaces");
        this.embedded = embedded;
    }

    /**
     * Starts running {@code study} in the background; false when it is already running.
     *
     * @throws UnsupportedOperationException for a study with a library evaluator (its objective lives in the
     *     program that created it)
     * @throws StudyRefusedException when the policy refuses the space (the study is then FAILED with the reason)
     */
    public synchronized boolean start(StudyRecord study, SearchSpace space) {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(space, "space");
        if (space.evaluator().isLibrary()) {
            throw new UnsupportedOperationException("study '" + study.name() + "' has a library evaluator: its"
                    + " objective runs in the Java program that created it (Study.optimize); resume it there");
        }
        if (isRunning(study.id())) {
            return false;
        }
        admit(study, space);
        errors.remove(study.id());
        if (!embedded) {
            store.setStudyState(study.id(), StudyState.RUNNING);
            events.studyState(study, StudyState.RUNNING.name(), Map.of());
            return true;
        }
        Thread t = new Thread(() -> run(study, space), "study-" + study.id());
        t.setDaemon(true);
        running.put(study.id(), t);
        t.start();
        return true;
    }

    /**
     * Re-runs a stopped study from its stored space; false when it is already running.
     *
     * @throws StudyRefusedException when its space no longer parses here or the policy refuses it (the study is
     *     then FAILED with the reason)
     */
    public boolean resume(StudyRecord study) {
        return start(study, stored(study));
    }

    /**
     * Resumes every study left RUNNING by a previous server and returns how many were started; with worker
     * processes, which pick up RUNNING studies themselves, only checks them against the policy. A refused study
     * is marked FAILED with its reason.
     */
    public int resumeInterrupted() {
        int n = 0;
        for (StudyRecord s : store.studies()) {
            if (s.state() == StudyState.RUNNING && (!embedded || !isRunning(s.id()))) {
                try {
                    if (embedded) {
                        n += resume(s) ? 1 : 0;
                    } else {
                        admit(s, stored(s)); // worker processes run it: only check it against the policy
                    }
                } catch (StudyRefusedException e) {
                    LOG.warn("study {} left RUNNING is not resumed: {}", s.name(), e.getMessage());
                } catch (UnsupportedOperationException e) {
                    LOG.info("study {} left RUNNING is not resumed here: {}", s.name(), e.getMessage());
                } catch (RuntimeException e) {
                    errors.put(s.id(), "cannot resume: " + e.getMessage());
                    LOG.warn("cannot resume study {}", s.name(), e);
                }
            }
        }
        return n;
    }

    /**
     * The stored study's space, read again under the policy's parser; a space that no longer parses here marks the
     * study FAILED with the reason and throws {@link StudyRefusedException}.
     */
    private SearchSpace stored(StudyRecord study) {
        try {
            return spaces.apply(study);
        } catch (InvalidSpaceException e) {
            throw refuse(study, e.reason());
        }
    }

    /** Checks {@code space} against the policy: a refused study is marked FAILED and throws StudyRefusedException. */
    private void admit(StudyRecord study, SearchSpace space) {
        Optional<String> refused = engine.evaluators().policy().refusal(space, Path.of(study.baseDir()));
        if (refused.isPresent()) {
            throw refuse(study, refused.get());
        }
    }

    /** Marks {@code study} FAILED with {@code reason}, tells the watchers, and returns the exception to throw. */
    private StudyRefusedException refuse(StudyRecord study, String reason) {
        store.failStudy(study.id(), reason);
        events.studyState(study, StudyState.FAILED.name(), Map.of("reason", reason));
        return new StudyRefusedException(study.name(), reason);
    }

    /**
     * Stops {@code study}'s run (waiting up to {@link #STOP_WAIT}), cancels its waiting trials and marks it
     * CANCELLED. Returns how many trials were cancelled. Throws {@link InterruptedException} when the
     * caller is interrupted while waiting.
     */
    public int cancel(StudyRecord study) throws InterruptedException {
        Thread t = running.get(study.id());
        int cancelled = 0;
        if (t != null) {
            // in-flight trials end CANCELLED first, keeping their values and times; interrupted, the run would put
            // them back to WAITING and drop what they had reported
            cancelled += cancelTrials(study, TrialState.RUNNING);
            store.setStudyState(study.id(), StudyState.CANCELLED);
            t.interrupt();
            t.join(STOP_WAIT.toMillis());
            if (t.isAlive()) {
                throw new IllegalStateException("the run of study '" + study.name() + "' did not stop within "
                        + STOP_WAIT.toSeconds() + " s");
            }
        }
        if (!embedded) {
            store.setStudyState(study.id(), StudyState.CANCELLED); // workers get no new trials
        }
        cancelled += cancelTrials(study, embedded ? TrialState.WAITING : null);
        store.setStudyState(study.id(), StudyState.CANCELLED);
        events.studyState(study, StudyState.CANCELLED.name(), Map.of());
        return cancelled;
    }

    /** Cancels the study's trials in {@code state} (WAITING and RUNNING when null); returns how many. */
    private int cancelTrials(StudyRecord study, TrialState state) {
        int cancelled = 0;
        for (TrialSnapshot trial : store.trials(study.id())) {
            boolean live = trial.state() == TrialState.WAITING || trial.state() == TrialState.RUNNING;
            if (live && (state == null || trial.state() == state)) {
                try {
                    events.trialChanged(store.finish(trial.id(), trial.worker() == null ? ""
                            : trial.worker(), new Outcome.Cancelled("cancelled by a user")));
                    cancelled++;
                } catch (StaleTrialException finishedMeanwhile) {
                    LOG.info("trial {} of study {} finished before it could be cancelled", trial.number(),
                            study.name());
                }
            }
        }
        return cancelled;
    }

    /** Whether a run of the study is in progress in this server. */
    public boolean isRunning(long studyId) {
        if (!embedded) {
            return store.study(studyId).map(s -> s.state() == StudyState.RUNNING).orElse(false);
        }
        Thread t = running.get(studyId);
        return t != null && t.isAlive();
    }

    /** Why the last run of the study stopped with an error, if it did. */
    public Optional<String> error(long studyId) {
        return Optional.ofNullable(errors.get(studyId));
    }

    private void run(StudyRecord study, SearchSpace space) {
        try {
            Evaluator evaluator;
            try {
                evaluator = engine.evaluators().create(space, Path.of(study.baseDir()));
            } catch (UnsupportedOperationException refused) {
                refuse(study, refused.getMessage());
                return;
            }
            RunOptions options = new RunOptions(space.budget().parallelism(), Runtime.getRuntime().availableProcessors(),
                    "web" + ProcessHandle.current().pid() + "-s" + study.id(), RunOptions.DEFAULT_LEASE,
                    RunOptions.DEFAULT_MAX_ATTEMPTS, !engine.sharedStore()); // shared: others run it too
            events.studyState(study, StudyState.RUNNING.name(), Map.of());
            StudyResult result = engine.runner().run(study, space, evaluator, options, events);
            while (sharedTrialsOutstanding(result) && pause()) { // other servers hold trials of the study
                result = engine.runner().run(study, space, evaluator, options, events);
            }
            events.studyState(study, result.study().state().name(), Map.of("budgetReached", result.budgetReached()));
        } catch (RuntimeException | Error e) {
            errors.put(study.id(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            LOG.error("study {} stopped with an error", study.name(), e);
            events.studyState(study, "ERROR", Map.of("error", errors.get(study.id())));
        } catch (Exception e) {
            errors.put(study.id(), String.valueOf(e.getMessage()));
            LOG.error("study {} could not start", study.name(), e);
        } finally {
            running.remove(study.id(), Thread.currentThread());
        }
    }

    /**
     * Whether a run on a shared store ended with trials still RUNNING in other servers while the study is still
     * to be run: this server then waits and runs again, re-running trials whose lease expired (their server
     * died), so that a killed server loses nothing.
     */
    private boolean sharedTrialsOutstanding(StudyResult result) {
        return engine.sharedStore() && !result.budgetReached() && result.counts().running() > 0
                && !Thread.currentThread().isInterrupted()
                && store.study(result.study().id()).map(s -> s.state() == StudyState.RUNNING).orElse(false);
    }

    /** Sleeps {@link #SHARED_POLL}; false (with the interrupt flag set again) when interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(SHARED_POLL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops every run (their trials go back to WAITING, the studies stay RUNNING and resume at next start). */
    @Override
    public void close() {
        List<Thread> threads = List.copyOf(running.values());
        threads.forEach(Thread::interrupt);
        long until = System.nanoTime() + STOP_WAIT.toNanos();
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
