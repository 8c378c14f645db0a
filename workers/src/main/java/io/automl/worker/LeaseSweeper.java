package io.automl.worker;

import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frees the trials of workers that vanished without anyone noticing (a remote machine lost power): every
 * half lease, releases the RUNNING trials of RUNNING studies whose lease expired (retried up to
 * {@code maxAttempts} runs, then FAILED). One job on its own daemon thread, so it can move to a scheduler.
 * Thread-safe.
 */
public final class LeaseSweeper implements AutoCloseable {
    /** The reason stored with a trial that failed because its worker vanished. */
    static final String REASON = "lease expired: the worker running it stopped sending heartbeats";
    private static final Logger LOG = LoggerFactory.getLogger(LeaseSweeper.class);
    private final TrialStore store;
    private final Duration lease;
    private final int maxAttempts;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    public LeaseSweeper(TrialStore store, Duration lease, int maxAttempts, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.maxAttempts = maxAttempts;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "automl-lease-sweeper");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts sweeping every half lease. */
    public void start() {
        long period = Math.max(500, lease.toMillis() / 2);
        timer.scheduleWithFixedDelay(this::sweepLogged, period, period, TimeUnit.MILLISECONDS);
    }

    /** Releases expired trials of every RUNNING study now; returns how many. */
    public int sweep() {
        int n = 0;
        for (StudyRecord s : store.studies()) {
            if (s.state() == StudyState.RUNNING) {
                int released = store.releaseRunning(s.id(), clock.instant(), maxAttempts, REASON);
                if (released > 0) {
                    LOG.info("study {}: {} trial(s) with an expired lease released", s.name(), released);
                }
                n += released;
            }
        }
        return n;
    }

    private void sweepLogged() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("lease sweep failed; trying again in {}", lease.dividedBy(2), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
