package io.automl.web.jobs;

import io.automl.engine.StudyListener;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.space.Direction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the live events of studies to an {@link EventHub} exactly once per transition, whoever reports it:
 * the server's own trial threads (this is their {@link StudyListener}), the worker API when a worker process
 * starts, claims or finishes a trial, and the {@link StoreWatcher} that reads transitions made elsewhere (other
 * servers on a shared database, expired leases, scheduled runs).
 *
 * <p>A trial's transitions are ordered by {@link #progress}: attempt first, then WAITING &lt; RUNNING &lt;
 * finished. A report that is not ahead of what was already published for the trial (a second reporter, or a
 * stale read arriving late) publishes nothing. Events: {@code trial-started} for RUNNING; {@code trial-finished},
 * {@code trial-pruned} or {@code trial-failed} for a final state (CANCELLED is a {@code trial-finished} with
 * that state), preceded by a {@code trial-started} when the trial ran but its start was never reported;
 * {@code new-best} when a COMPLETE trial leads the study's leaderboard (best value, then lowest number) at the
 * moment it is reported, so that the values of successive {@code new-best} events never get worse and the final
 * leader always has one (the store is asked only for a trial that ranks above the leader it last gave);
 * {@code study-state} when a study's state differs from the last one published. A WAITING trial (queued or put
 * back for a retry) publishes nothing.
 *
 * <p>Reporting never throws: the transition is already stored, so a failure to publish it (the store
 * unreachable for the leaderboard read) is logged and the event is lost.
 *
 * <p>Thread-safe: the events of one study are decided and published under that study's lock, in order.
 */
public final class StudyEvents implements StudyListener {
    /**
     * How many trials of a study are remembered (the most recently changed ones). A report reaches this class
     * within about a watch period of its transition, so only a trial that stayed unchanged (RUNNING) while this
     * many others changed can be forgotten; its finish then comes with a repeated {@code trial-started}.
     */
    static final int REMEMBER = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(StudyEvents.class);
    private final TrialStore store;
    private final EventHub hub;
    private final Map<Long, Tracked> studies = new ConcurrentHashMap<>();

    private final TrialObserver observer;

    /** Hears of each trial transition as it is published (the server's metrics). Thread-safe, must not throw. */
    @FunctionalInterface
    public interface TrialObserver {
        /** {@code trial} of {@code study} reached the state it has, published once per server. */
        void trialChanged(String study, TrialSnapshot trial);
    }

    public StudyEvents(TrialStore store, EventHub hub) {
        this(store, hub, (study, trial) -> { });
    }

    /** Events of {@code store}'s studies to {@code hub}; {@code observer} hears of every published transition. */
    public StudyEvents(TrialStore store, EventHub hub, TrialObserver observer) {
        this.store = Objects.requireNonNull(store, "store");
        this.hub = Objects.requireNonNull(hub, "hub");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** The hub the events go to. */
    public EventHub hub() {
        return hub;
    }

    @Override
    public void trialStarted(TrialSnapshot trial) {
        trialChanged(trial);
    }

    @Override
    public void trialFinished(TrialSnapshot trial) {
        trialChanged(trial);
    }

    /**
     * Publishes {@code trial-step} ({@code number}, {@code attempt}, {@code step}, {@code value}) for a value a
     * running trial reported (on this server's threads, through the worker API, or read from the store for a trial
     * of another server), so that pages draw running trials' curves as they grow; a step already published for the
     * trial's attempt, or an earlier one, is not published again.
     */
    @Override
    public void trialReported(TrialSnapshot trial, int step, double value) {
        try {
            tracked(trial.studyId()).ifPresent(s -> s.step(trial, step, value));
        } catch (RuntimeException e) {
            LOG.warn("the step {} of trial {} of study id {} could not be published", step, trial.number(),
                    trial.studyId(), e);
        }
    }

    /** Publishes the events of the transition that brought {@code trial} to its state, unless already published. */
    public void trialChanged(TrialSnapshot trial) {
        trialChanged(trial, -1);
    }

    /**
     * As {@link #trialChanged(TrialSnapshot)}, from a reporter that had already seen the trial at progress
     * {@code seen} ({@code -1} for never): a finished trial it had seen RUNNING gets no made-up start.
     */
    void trialChanged(TrialSnapshot trial, int seen) {
        Objects.requireNonNull(trial, "trial");
        try {
            tracked(trial.studyId()).ifPresent(s -> s.trial(trial, seen));
        } catch (RuntimeException e) { // the transition itself is stored: reporting it must not undo it
            LOG.warn("the events of trial {} of study id {} ({}) could not be published", trial.number(),
                    trial.studyId(), trial.state(), e);
        }
    }

    /**
     * Publishes {@code study-state} with {@code state} (a {@link io.automl.engine.StudyState} name, or
     * {@code ERROR}) and {@code details}, unless it is the state last published for the study.
     */
    public void studyState(StudyRecord study, String state, Map<String, Object> details) {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(details, "details");
        studies.computeIfAbsent(study.id(), id -> new Tracked(study.name(), study.direction()))
                .state(study, state, details);
    }

    /** Forgets what was published for a study (after it was deleted). */
    public void forget(long studyId) {
        studies.remove(studyId);
    }

    /** The order of a trial's transitions: by attempt, then WAITING, RUNNING, finished. */
    public static int progress(TrialSnapshot trial) {
        return progress(trial.attempt(), trial.state());
    }

    static int progress(int attempt, TrialState state) {
        int phase = state == TrialState.WAITING ? 0 : state == TrialState.RUNNING ? 1 : 2;
        return attempt * 3 + phase;
    }

    private Optional<Tracked> tracked(long studyId) {
        Tracked t = studies.get(studyId);
        if (t != null) {
            return Optional.of(t);
        }
        return store.study(studyId).map(s -> studies.computeIfAbsent(studyId, id -> new Tracked(s.name(),
                s.direction())));
    }

    private static Map<String, Object> payload(TrialSnapshot t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("state", t.state().name());
        m.put("attempt", t.attempt());
        if (t.value() != null) {
            m.put("value", t.value());
        }
        if (t.reason() != null) {
            m.put("reason", t.reason());
        }
        return m;
    }

    /** What was published for one study. */
    private final class Tracked {
        private final String name;
        private final Direction direction;
        /** Progress published per trial id, least recently changed first, at most {@link #REMEMBER} trials. */
        private final LinkedHashMap<Long, Integer> published = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
                return size() > REMEMBER;
            }
        };
        /** The last step published per trial attempt (id * 1024 + attempt), at most {@link #REMEMBER} of them. */
        private final LinkedHashMap<Long, Integer> steps = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
                return size() > REMEMBER;
            }
        };
        private TrialSnapshot leader;
        private String state;

        Tracked(String name, Direction direction) {
            this.name = name;
            this.direction = direction;
        }

        synchronized void step(TrialSnapshot t, int step, double value) {
            long key = t.id() * 1024 + Math.min(t.attempt(), 1023);
            Integer last = steps.get(key);
            if (last != null && step <= last) {
                return;
            }
            steps.put(key, step);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", t.number());
            m.put("attempt", t.attempt());
            m.put("step", step);
            m.put("value", value);
            hub.publish(name, "trial-step", m);
        }

        synchronized void trial(TrialSnapshot t, int seen) {
            int now = progress(t);
            Integer done = published.get(t.id());
            if (done != null && now <= done) {
                return;
            }
            published.remove(t.id());
            published.put(t.id(), now);
            if (t.state() == TrialState.RUNNING) {
                hub.publish(name, "trial-started", payload(t));
            } else if (t.state().isFinished()) {
                int started = progress(t.attempt(), TrialState.RUNNING);
                if (t.startedAt() != null && Math.max(done == null ? -1 : done, seen) < started) {
                    hub.publish(name, "trial-started", payload(t));
                }
                // the leaderboard is read before either event goes out, so that new-best follows at once
                boolean best = t.state() == TrialState.COMPLETE && t.value() != null && leads(t);
                hub.publish(name, finishedType(t.state()), payload(t));
                if (best) {
                    hub.publish(name, "new-best", payload(t));
                }
            }
            if (t.state() == TrialState.RUNNING || t.state().isFinished()) {
                observer.trialChanged(name, t); // after the events, which clients wait for
            }
        }

        /**
         * Whether {@code t} leads the study's leaderboard now. The leader last read rules most trials out without
         * a query (it is a finished trial, so the real leader ranks at least as high); a trial that ranks above
         * it is checked against the store, whose leader is then remembered.
         */
        private boolean leads(TrialSnapshot t) {
            if (leader != null && leader.id() != t.id() && !ranksAbove(t, leader)) {
                return false;
            }
            leader = store.leaderboard(t.studyId(), direction, 1).stream().findFirst().orElse(null);
            return leader != null && leader.id() == t.id();
        }

        /** The leaderboard's order: the better value first, then the lower number. */
        private boolean ranksAbove(TrialSnapshot a, TrialSnapshot b) {
            int c = Double.compare(a.value(), b.value());
            if (c != 0) {
                return direction == Direction.MAXIMIZE ? c > 0 : c < 0;
            }
            return a.number() < b.number();
        }

        synchronized void state(StudyRecord study, String next, Map<String, Object> details) {
            if (next.equals(state)) {
                return;
            }
            state = next;
            Map<String, Object> data = new LinkedHashMap<>(details);
            data.put("state", next);
            hub.publish(study.name(), "study-state", data);
        }
    }

    private static String finishedType(TrialState state) {
        return state == TrialState.PRUNED ? "trial-pruned" : state == TrialState.FAILED ? "trial-failed"
                : "trial-finished";
    }
}
