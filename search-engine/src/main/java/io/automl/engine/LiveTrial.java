package io.automl.engine;

import io.automl.space.Config;
import java.time.Instant;
import java.util.Optional;

/** The {@link Trial} handle of one running trial; used by the one thread evaluating it. */
final class LiveTrial implements Trial {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LiveTrial.class);
    private final RunContext ctx;
    private final TrialSnapshot snapshot;
    private final String worker;
    private final Optional<Instant> deadline;

    LiveTrial(RunContext ctx, TrialSnapshot snapshot, String worker, Optional<Instant> deadline) {
        this.ctx = ctx;
        this.snapshot = snapshot;
        this.worker = worker;
        this.deadline = deadline;
    }

    @Override
    public int number() {
        return snapshot.number();
    }

    @Override
    public Config config() {
        return snapshot.config();
    }

    @Override
    public long seed() {
        return snapshot.seed();
    }

    /** Stores the value; a NaN or infinite value fails the trial. */
    @Override
    public void report(int step, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("objective is " + value + " at step " + step);
        }
        ctx.store.reportIntermediate(snapshot.id(), worker, step, value);
        try {
            ctx.listener.trialReported(snapshot, step, value);
        } catch (RuntimeException e) { // the value is stored: a listener's failure must not fail the trial
            LOG.warn("study listener failed on step {} of trial {}", step, snapshot.number(), e);
        }
    }

    @Override
    public boolean shouldPrune() {
        if (!ctx.pruning) {
            return false;
        }
        TrialSnapshot fresh = ctx.store.trial(snapshot.studyId(), snapshot.number())
                .orElseThrow(() -> new IllegalStateException("trial " + snapshot.number() + " disappeared"));
        return ctx.pruner.shouldPrune(ctx.view, fresh);
    }

    @Override
    public Optional<Instant> deadline() {
        return deadline;
    }

    @Override
    public int threads() {
        return ctx.options.threadsPerTrial();
    }
}
