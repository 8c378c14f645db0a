package io.automl.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread of a run: claims a waiting trial or starts a newly sampled one, evaluates it and
 * stores its outcome, until the trial or time budget is spent or the run stops.
 */
final class StudyWorker implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(StudyWorker.class);

    private final RunContext ctx;
    private final String name;

    StudyWorker(RunContext ctx, String name) {
        this.ctx = ctx;
        this.name = name;
    }

    @Override
    public void run() {
        try {
            loop();
        } catch (RuntimeException | Error e) {
            LOG.error("worker {} stopped by an unexpected failure", name, e);
            ctx.fail(e);
        }
    }

    private void loop() {
        while (!ctx.stopping() && !Thread.currentThread().isInterrupted() && !ctx.timeUp()) {
            long studyId = ctx.study.id();
            Optional<TrialSnapshot> next = ctx.next(name);
            if (next.isEmpty()) {
                if (!ctx.options.exclusive() && ctx.store.releaseRunning(studyId, ctx.clock.instant(),
                        ctx.options.maxAttempts(), "lease expired: the worker running it stopped") > 0) {
                    continue;
                }
                return;
            }
            if (!evaluate(next.get())) {
                return;
            }
        }
    }

    /** Runs one trial; false when this worker must stop (the trial is then left for release). */
    private boolean evaluate(TrialSnapshot trial) {
        ctx.active.put(trial.id(), name);
        notify(trial, true);
        Optional<Instant> deadline = ctx.trialDeadline();
        TrialGuard guard = TrialGuard.start(ctx, trial, name, Thread.currentThread(), deadline);
        Evaluation evaluation = null;
        Outcome outcome = null;
        Throwable failure = null;
        try {
            evaluation = ctx.evaluator.evaluate(new LiveTrial(ctx, trial, name, deadline));
        } catch (TrialPrunedException e) {
            outcome = new Outcome.Pruned(e.lastValue(), Map.of("pruned", e.getMessage()));
        } catch (Exception | Error e) {
            failure = e;
        }
        String guardReason = guard.close();
        boolean interrupted = Thread.interrupted() || failure instanceof InterruptedException;
        boolean external = interrupted && guardReason == null;
        if (evaluation == null && outcome == null && (ctx.stopping() || external)) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (failure instanceof StaleTrialException) {
            guardReason = "lease lost: " + failure.getMessage();
        }
        if (TrialGuard.leaseLost(guardReason)) {
            LOG.warn("result of trial {} discarded: {}", trial.number(), guardReason);
            ctx.active.remove(trial.id());
            return true;
        }
        if (guardReason != null && evaluation == null && outcome == null) {
            outcome = new Outcome.Failed(guardReason, Map.of());
        } else if (failure != null) {
            LOG.warn("trial {} failed", trial.number(), failure);
            outcome = new Outcome.Failed(Failures.reason(failure),
                    Map.of("error_class", failure.getClass().getName()));
        } else if (evaluation != null) {
            outcome = complete(trial, evaluation);
        }
        finish(trial, outcome);
        if (external) {
            Thread.currentThread().interrupt();
        }
        return !external;
    }

    private Outcome complete(TrialSnapshot trial, Evaluation evaluation) {
        double value = evaluation.value();
        boolean several = ctx.space.multiObjective() || !ctx.space.constraints().isEmpty();
        if (several) {
            Outcome outcome = ObjectiveReading.outcome(ctx.space, evaluation);
            if (outcome instanceof Outcome.Complete) {
                storeArtifacts(trial, evaluation);
            }
            return outcome;
        }
        if (Double.isNaN(value)) {
            return new Outcome.Failed("objective is NaN", evaluation.attributes());
        }
        if (Double.isInfinite(value)) {
            return new Outcome.Failed("objective is infinite: " + value, evaluation.attributes());
        }
        storeArtifacts(trial, evaluation);
        return new Outcome.Complete(value, evaluation.attributes());
    }

    private void storeArtifacts(TrialSnapshot trial, Evaluation evaluation) {
        if (!evaluation.artifacts().isEmpty() && ctx.store.heartbeat(trial.id(), name, ctx.options.lease())) {
            evaluation.artifacts().forEach((key, bytes) -> ctx.store.putArtifact(trial.id(), key, bytes));
        }
    }

    private void finish(TrialSnapshot trial, Outcome outcome) {
        try {
            TrialSnapshot done = ctx.store.finish(trial.id(), name, outcome);
            notify(done, false);
        } catch (StaleTrialException e) {
            LOG.warn("result of trial {} discarded: {}", trial.number(), e.getMessage());
        } finally {
            ctx.active.remove(trial.id());
        }
    }

    private void notify(TrialSnapshot trial, boolean started) {
        try {
            if (started) {
                ctx.listener.trialStarted(trial);
            } else {
                ctx.listener.trialFinished(trial);
            }
        } catch (RuntimeException e) {
            LOG.warn("study listener failed on trial {}", trial.number(), e);
        }
    }
}
