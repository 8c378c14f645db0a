package io.automl.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one running trial from the shared heartbeat scheduler: renews its lease every third of the
 * lease, and interrupts the evaluating thread when the lease is lost or the trial runs past its deadline
 * by more than {@link #GRACE}. Thread-safe.
 */
final class TrialGuard implements Runnable {
    /** How long a trial may overrun its deadline before it is interrupted. */
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(TrialGuard.class);

    private final RunContext ctx;
    private final TrialSnapshot trial;
    private final String worker;
    private final Thread thread;
    private final Optional<Instant> deadline;
    private ScheduledFuture<?> future;
    private boolean active = true;
    private String stopReason;

    private TrialGuard(RunContext ctx, TrialSnapshot trial, String worker, Thread thread, Optional<Instant> deadline) {
        this.ctx = ctx;
        this.trial = trial;
        this.worker = worker;
        this.thread = thread;
        this.deadline = deadline;
    }

    /** Starts guarding {@code trial}, evaluated on {@code thread}. */
    static TrialGuard start(RunContext ctx, TrialSnapshot trial, String worker, Thread thread,
            Optional<Instant> deadline) {
        TrialGuard guard = new TrialGuard(ctx, trial, worker, thread, deadline);
        long period = Math.max(10, ctx.options.lease().toMillis() / 3);
        synchronized (guard) {
            guard.future = ctx.heartbeats.scheduleAtFixedRate(guard, period, period, TimeUnit.MILLISECONDS);
        }
        return guard;
    }

    @Override
    public void run() {
        try {
            if (!ctx.store.heartbeat(trial.id(), worker, ctx.options.lease())) {
                interrupt("lease lost: trial " + trial.number() + " is no longer owned by " + worker);
            } else if (deadline.isPresent() && ctx.clock.instant().isAfter(deadline.get().plus(GRACE))) {
                interrupt("timed out: trial " + trial.number() + " ran past its deadline " + deadline.get());
            }
        } catch (RuntimeException e) {
            LOG.warn("heartbeat of trial {} failed; retrying at the next beat", trial.number(), e);
        }
    }

    private synchronized void interrupt(String reason) {
        if (active && stopReason == null) {
            stopReason = reason;
            LOG.warn("interrupting trial {}: {}", trial.number(), reason);
            thread.interrupt();
        }
    }

    /**
     * Stops guarding; after this returns no interrupt comes from this guard. Returns why the guard
     * interrupted the trial, or null when it did not.
     */
    synchronized String close() {
        active = false;
        future.cancel(false);
        return stopReason;
    }

    /** Whether the reason returned by {@link #close()} means the lease went to another worker. */
    static boolean leaseLost(String reason) {
        return reason != null && reason.startsWith("lease lost");
    }
}
