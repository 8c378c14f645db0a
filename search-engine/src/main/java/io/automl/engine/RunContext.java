package io.automl.engine;

import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the workers of one {@link StudyRunner#run} share: the study, its sampler and pruner, the
 * incremental view, the heartbeat scheduler, the trials they hold and the stop flag. Thread-safe.
 */
final class RunContext {
    final TrialStore store;
    final StudyRecord study;
    final SearchSpace space;
    final Evaluator evaluator;
    final RunOptions options;
    final StudyListener listener;
    final Sampler sampler;
    final Pruner pruner;
    final boolean pruning;
    final StoreStudyView view;
    final Clock clock;
    final Optional<Instant> studyDeadline;
    final ScheduledExecutorService heartbeats;
    /** Trials RUNNING in this run that no worker finished yet: id to worker name. */
    final Map<Long, String> active = new ConcurrentHashMap<>();
    private final Object sampling = new Object();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopping;

    RunContext(TrialStore store, StudyRecord study, SearchSpace space, Evaluator evaluator, RunOptions options,
            StudyListener listener, Sampler sampler, Pruner pruner, Clock clock, Instant started,
            ScheduledExecutorService heartbeats) {
        this.store = store;
        this.study = study;
        this.space = space;
        this.evaluator = evaluator;
        this.options = options;
        this.listener = listener;
        this.sampler = sampler;
        this.pruner = pruner;
        this.pruning = !"none".equals(space.pruner().type());
        this.view = new StoreStudyView(store, study.id(), space.objective());
        this.clock = clock;
        this.studyDeadline = minutes(started, space.budget().minutes());
        this.heartbeats = heartbeats;
    }

    boolean stopping() {
        return stopping;
    }

    /** Asks every worker to stop after (or, through interrupts, during) its current trial. */
    void stop() {
        stopping = true;
    }

    /** Records the first unexpected worker failure and stops the run. */
    void fail(Throwable t) {
        failure.compareAndSet(null, t);
        stop();
    }

    Throwable failure() {
        return failure.get();
    }

    /** Whether the study's time budget for this run is spent. */
    boolean timeUp() {
        return studyDeadline.isPresent() && !clock.instant().isBefore(studyDeadline.get());
    }

    /** The deadline of a trial starting now: the earlier of its own limit and the study's. */
    Optional<Instant> trialDeadline() {
        Optional<Instant> own = minutes(clock.instant(), space.budget().trialMinutes());
        if (own.isEmpty()) {
            return studyDeadline;
        }
        return studyDeadline.isEmpty() || own.get().isBefore(studyDeadline.get()) ? own : studyDeadline;
    }

    /**
     * The next trial for {@code worker}: a WAITING trial claimed for it, or a newly sampled configuration
     * started as a trial it owns, unless the trial budget is spent. Serialized within the run, so the trial
     * index (and seed) a sample is drawn for is the number of trials in the study when it is drawn.
     *
     * <p>Costs one incremental read of the view plus the store call that takes the trial: the store is asked
     * for a WAITING trial only when the view saw one, or when the budget looks spent (a trial enqueued since
     * the read is then still claimed). The sampler sees the study as that read found it (a frozen view).
     * Another process (a worker process, or a second run of the same study) may read the same history at the
     * same time and so draw the same seed and, from a deterministic sampler such as gp, the same configuration;
     * the one of the two that started its trial second cancels it unrun and draws again from the history that
     * now holds the other ({@link #concurrentTwin}), as many times as it meets a twin: every such meeting leaves
     * one of the two running and the history longer, so the drawing ends. A process can die between starting such
     * a twin and that check; when both twins come back as WAITING trials, the later one is cancelled as it is
     * claimed ({@link #claim}).
     */
    Optional<TrialSnapshot> next(String worker) {
        synchronized (sampling) {
            while (true) {
                StoreStudyView.Frozen history = view.freeze();
                boolean spent = history.budgeted() >= space.budget().trials();
                if (history.waiting() > 0 || spent) {
                    Claim claim = claim(worker);
                    if (claim.trial().isPresent()) {
                        return claim.trial();
                    }
                    if (claim.cancelledTwins()) {
                        continue; // a cancelled twin no longer counts against the budget: read again
                    }
                    if (spent) {
                        return Optional.empty();
                    }
                }
                long seed = TrialSeeds.forTrial(space.sampler().seed(), history.size());
                Config config = sampler.sample(history, space, new SplittableRandom(seed));
                List<String> problems = space.validate(config);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("sampler '" + space.sampler().type()
                            + "' proposed an invalid configuration: " + problems);
                }
                Optional<String> delegate = sampler.delegate(history, space);
                Optional<TrialSnapshot> started = store.startTrial(study.id(), space.budget().trials(), config, seed,
                        worker, options.lease());
                if (started.isEmpty()) {
                    Claim claim = claim(worker);
                    if (claim.trial().isEmpty() && claim.cancelledTwins()) {
                        continue;
                    }
                    return claim.trial();
                }
                Optional<TrialSnapshot> twin = concurrentTwin(started.get(), history.size());
                if (twin.isPresent()) {
                    cancelAsTwin(started.get(), twin.get(), worker);
                    continue;
                }
                if (delegate.isPresent()) {
                    store.addAttributes(started.get().id(), Map.of(SamplerLabels.ATTRIBUTE, delegate.get()));
                }
                return started;
            }
        }
    }

    /** A WAITING trial claimed for a worker, if any, and whether retried twins were cancelled before it. */
    private record Claim(Optional<TrialSnapshot> trial, boolean cancelledTwins) {
    }

    /**
     * Claims the lowest-numbered WAITING trial for {@code worker}. A trial run again after its process died may be
     * the later of two concurrent twins (same seed and configuration as an earlier trial that is not cancelled):
     * the process that started it can die between the start and its twin check, and both twins are then re-run.
     * Such a trial is cancelled unrun and the next WAITING one claimed.
     */
    private Claim claim(String worker) {
        boolean cancelled = false;
        while (true) {
            Optional<TrialSnapshot> claimed = store.claimWaiting(study.id(), worker, options.lease());
            if (claimed.isEmpty() || claimed.get().attempt() == 0) {
                return new Claim(claimed, cancelled);
            }
            Optional<TrialSnapshot> twin = twinOf(claimed.get(), 0);
            if (twin.isEmpty()) {
                return new Claim(claimed, cancelled);
            }
            cancelAsTwin(claimed.get(), twin.get(), worker);
            cancelled = true;
        }
    }

    private void cancelAsTwin(TrialSnapshot mine, TrialSnapshot twin, String worker) {
        store.finish(mine.id(), worker, new Outcome.Cancelled("not run: trial " + twin.number()
                + " has the same configuration, proposed at the same time by " + twin.worker()
                + " from the same history"));
    }

    /**
     * A trial that another process started between this proposal's read of the study ({@code seen} trials)
     * and its own start, drawn with the same seed from a history of the same length and with the same
     * configuration: two workers that read the same history drew the same seed and, for a model-based sampler,
     * the same proposal. Only looked for when the started trial's number shows that such trials exist (an
     * incremental read of the view).
     */
    private Optional<TrialSnapshot> concurrentTwin(TrialSnapshot mine, int seen) {
        return mine.number() == seen ? Optional.empty() : twinOf(mine, seen);
    }

    /** The first trial numbered from {@code from} up to {@code mine}, not cancelled, with its seed and configuration. */
    private Optional<TrialSnapshot> twinOf(TrialSnapshot mine, int from) {
        for (TrialSnapshot t : view.freeze().trials()) {
            if (t.number() >= from && t.number() < mine.number() && t.state() != TrialState.CANCELLED
                    && t.seed() == mine.seed() && t.config().equals(mine.config())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> minutes(Instant from, double minutes) {
        return minutes > 0 ? Optional.of(from.plus(Duration.ofMillis(Math.round(minutes * 60_000)))) : Optional.empty();
    }
}
