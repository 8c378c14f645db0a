package io.automl.engine;

import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.SearchSpace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a study in this process until its budget is spent: re-queues trials left RUNNING by a stopped
 * process, then runs {@link RunOptions#parallelism()} worker threads that claim waiting trials or start
 * newly sampled ones (seeded per trial, so one worker with the same seed proposes the same sequence),
 * evaluate them with a renewed lease, and store each outcome. A trial that throws (any exception or
 * error) or returns a non-finite value is FAILED with a readable reason and the study goes on. When the
 * budget is reached the study becomes COMPLETE and its best trial is scored on the test split.
 *
 * <p>Interrupting the thread that called {@link #run} stops every worker, puts their unfinished trials
 * back to WAITING (a later run re-runs them), and returns with the interrupt flag set. The runner is
 * stateless between runs and thread-safe; each run uses its own threads.
 */
public final class StudyRunner {
    /** How long an interrupted run waits for its workers before releasing their trials anyway. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(StudyRunner.class);

    private final TrialStore store;
    private final SamplerRegistry samplers;
    private final PrunerRegistry pruners;
    private final Clock clock;

    public StudyRunner(TrialStore store, SamplerRegistry samplers, PrunerRegistry pruners, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.samplers = Objects.requireNonNull(samplers, "samplers");
        this.pruners = Objects.requireNonNull(pruners, "pruners");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs {@code study} (created from {@code space}) with {@code evaluator}. Throws
     * {@link IllegalArgumentException} before any trial runs when the space's sampler or pruner is not
     * available, and {@link IllegalStateException} when a worker met an unexpected failure (such as a
     * store error); trials it held are then released.
     */
    public StudyResult run(StudyRecord study, SearchSpace space, Evaluator evaluator, RunOptions options,
            StudyListener listener) {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        Sampler sampler = samplers.create(space.sampler(), space);
        Pruner pruner = pruners.create(space.pruner(), space.budget().epochs());
        Instant started = clock.instant();
        int released = store.releaseRunning(study.id(), options.exclusive() ? null : started, options.maxAttempts(),
                "interrupted: the process running it stopped before it finished");
        if (released > 0) {
            LOG.info("study {}: {} interrupted trial(s) released", study.name(), released);
        }
        store.setStudyState(study.id(), StudyState.RUNNING);
        ScheduledThreadPoolExecutor heartbeats = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, options.workerPrefix() + "-heartbeat");
            t.setDaemon(true);
            return t;
        });
        // each trial's lease renewal is cancelled when it ends: drop it from the queue then, not a lease later
        heartbeats.setRemoveOnCancelPolicy(true);
        RunContext ctx = new RunContext(store, study, space, evaluator, options, listener, sampler, pruner, clock,
                started, heartbeats);
        boolean interrupted;
        try {
            interrupted = runWorkers(ctx);
        } finally {
            heartbeats.shutdownNow();
        }
        releaseLeftovers(ctx);
        if (ctx.failure() != null) {
            throw new IllegalStateException("study '" + study.name() + "' stopped: " + ctx.failure(), ctx.failure());
        }
        StudyCounts counts = store.counts(study.id());
        boolean trialsSpent = counts.budgeted() >= space.budget().trials() && counts.waiting() == 0;
        boolean reached = !interrupted && counts.running() == 0 && (trialsSpent || ctx.timeUp());
        Optional<TrialSnapshot> best = store.leaderboard(study.id(), space.objective().direction(), 1).stream()
                .findFirst();
        if (reached) {
            store.setStudyState(study.id(), StudyState.COMPLETE);
            best = best.map(b -> scoreOnTest(evaluator, b));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        StudyRecord after = store.study(study.id()).orElse(study);
        return new StudyResult(after, counts, best, Duration.between(started, clock.instant()), reached);
    }

    /** Starts the workers and waits for them; true when the calling thread was interrupted. */
    private boolean runWorkers(RunContext ctx) {
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < ctx.options.parallelism(); i++) {
            String name = ctx.options.workerPrefix() + "-" + i;
            Thread t = new Thread(new StudyWorker(ctx, name), name);
            t.setDaemon(false);
            workers.add(t);
        }
        workers.forEach(Thread::start);
        try {
            for (Thread t : workers) {
                t.join();
            }
            return false;
        } catch (InterruptedException e) {
            LOG.info("study {}: interrupted, stopping {} worker(s)", ctx.study.name(), workers.size());
            ctx.stop();
            workers.forEach(Thread::interrupt);
            awaitStop(workers);
            return true;
        }
    }

    private void awaitStop(List<Thread> workers) {
        long until = System.nanoTime() + STOP_WAIT.toNanos();
        for (Thread t : workers) {
            long left = until - System.nanoTime();
            try {
                if (left > 0) {
                    t.join(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException again) {
                LOG.warn("interrupted again while waiting for workers; releasing their trials now");
                return;
            }
            if (t.isAlive()) {
                LOG.warn("worker {} did not stop within {}; its trial is released", t.getName(), STOP_WAIT);
            }
        }
    }

    /** Puts trials this run still holds back to WAITING by expiring their leases. */
    private void releaseLeftovers(RunContext ctx) {
        if (ctx.active.isEmpty()) {
            return;
        }
        Map<Long, String> held = new HashMap<>(ctx.active);
        held.forEach((id, worker) -> store.heartbeat(id, worker, Duration.ZERO));
        int n = store.releaseRunning(ctx.study.id(), clock.instant().plusMillis(1), Integer.MAX_VALUE,
                "interrupted: the run was stopped");
        LOG.info("study {}: {} unfinished trial(s) put back to WAITING", ctx.study.name(), n);
    }

    private TrialSnapshot scoreOnTest(Evaluator evaluator, TrialSnapshot best) {
        Map<String, Object> scores;
        try {
            Map<String, byte[]> artifacts = new HashMap<>();
            store.artifact(best.id(), "model").ifPresent(bytes -> artifacts.put("model", bytes));
            scores = evaluator.scoreOnTest(best, Map.copyOf(artifacts));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scores = Map.of("test_error", "interrupted while scoring on the test split");
        } catch (Exception | Error e) {
            LOG.warn("scoring trial {} on the test split failed", best.number(), e);
            scores = Map.of("test_error", Failures.reason(e));
        }
        if (!scores.isEmpty()) {
            store.addAttributes(best.id(), scores);
        }
        return store.trial(best.studyId(), best.number()).orElse(best);
    }
}
