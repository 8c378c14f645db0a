package io.automl.web.jobs;

import io.automl.engine.StudyRecord;
import io.automl.engine.TrialStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the store every {@code period} for the studies someone watches, and reports the transitions it finds to
 * {@link StudyEvents}, which drops those already published. This covers every transition no part of this server
 * reports as it happens: trials run by other servers on a shared database, trials failed or put back when their
 * lease expired, runs started by the scheduler. A study is watched while a live event stream of it is open
 * ({@link #watch}) and for {@code interest} after a polling client last asked for its events ({@link #touch}).
 * A watched study costs two small queries per period (see {@link StudyTail}); the first read of a study reports
 * only what happened after it began to be watched.
 *
 * <p>Thread-safe. The reads run on one daemon thread, started by the constructor; {@link #close} stops it.
 */
public final class StoreWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWatcher.class);

    private final TrialStore store;
    private final StudyEvents events;
    private final Duration interest;
    private final Clock clock;
    private final Map<Long, Watched> watched = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "automl-event-watcher");
        t.setDaemon(true);
        return t;
    });

    public StoreWatcher(TrialStore store, StudyEvents events, Duration period, Duration interest, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.interest = Objects.requireNonNull(interest, "interest");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        timer.scheduleWithFixedDelay(this::readLogged, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Watching one study, until closed. */
    public interface Watch extends AutoCloseable {
        /** Stops watching (a second call does nothing). */
        @Override
        void close();
    }

    /** Watches {@code study} until the returned handle is closed. */
    public Watch watch(StudyRecord study) {
        Watched w;
        synchronized (this) {
            w = watched(study);
            w.streams++;
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                synchronized (this) {
                    w.streams--;
                }
            }
        };
    }

    /** Watches {@code study} for the next {@code interest} (a polling client asked for its events). */
    public synchronized void touch(StudyRecord study) {
        watched(study).until = clock.instant().plus(interest);
    }

    /** Reads every watched study once (the timer does this every period). */
    void read() {
        List<Map.Entry<Long, Watched>> now;
        synchronized (this) {
            Instant at = clock.instant();
            watched.values().removeIf(w -> w.streams <= 0 && w.until.isBefore(at));
            now = List.copyOf(watched.entrySet());
        }
        for (Map.Entry<Long, Watched> e : now) {
            boolean exists;
            try {
                exists = e.getValue().tail.read();
            } catch (RuntimeException failed) {
                LOG.warn("reading the trials of study id {} failed; trying again next period", e.getKey(), failed);
                continue;
            }
            if (!exists) {
                synchronized (this) {
                    watched.remove(e.getKey(), e.getValue());
                }
                events.forget(e.getKey());
            }
        }
    }

    private Watched watched(StudyRecord study) {
        return watched.computeIfAbsent(study.id(), id -> new Watched(new StudyTail(store, events, id, clock.instant()),
                clock.instant()));
    }

    private void readLogged() {
        try {
            read();
        } catch (RuntimeException e) {
            LOG.warn("reading the watched studies' trials failed; trying again next period", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** A watched study: its tail, how many streams watch it, and until when polling clients do. */
    private static final class Watched {
        final StudyTail tail;
        int streams;
        Instant until;

        Watched(StudyTail tail, Instant until) {
            this.tail = tail;
            this.until = until;
        }
    }
}
