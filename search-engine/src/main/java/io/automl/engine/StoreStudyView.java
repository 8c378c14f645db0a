package io.automl.engine;

import io.automl.space.Objective;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A {@link StudyView} read from a {@link TrialStore}. Each read is fresh but incremental: finished trials are
 * kept (they never change again), and only trials added since the last read and the live ones (WAITING or
 * RUNNING) are fetched through {@link TrialStore#trialsSince}, from just before the oldest live trial. When
 * the few live trials are far behind the newest one (a trial that runs for long while many others finish),
 * the new trials are read from the newest one seen and each live trial by its number instead, so one slow
 * trial does not make every read cover the trials after it. When the trial numbers read so far have a gap (a
 * trial committed late), the whole study is read again.
 *
 * <p>The cost of a read grows with the live trials, not with the finished ones (apart from {@link #trials()},
 * which hands out an immutable list sharing the view's storage in O(n / 1024)); the number of trials and the
 * counts per state are kept as trials arrive. Thread-safe.
 */
public final class StoreStudyView implements StudyView {
    private static final List<TrialState> ALL = List.of(TrialState.values());
    /** The id span beyond which few live trials are read one by one rather than as part of one range. */
    private static final long SPAN = 256;
    /** The most live trials read one by one in one refresh. */
    private static final int MAX_SINGLE_READS = 64;

    private final TrialStore store;
    private final long studyId;
    private final Objective objective;
    private final HistoryBuffer history = new HistoryBuffer();
    /** Live trials seen in the last read: id to number. */
    private final TreeMap<Long, Integer> live = new TreeMap<>();
    private long maxId;
    private boolean stale;

    public StoreStudyView(TrialStore store, long studyId, Objective objective) {
        this.store = Objects.requireNonNull(store, "store");
        this.studyId = studyId;
        this.objective = Objects.requireNonNull(objective, "objective");
    }

    @Override
    public Objective objective() {
        return objective;
    }

    @Override
    public synchronized List<TrialSnapshot> trials() {
        refresh();
        return history.snapshot();
    }

    @Override
    public synchronized int size() {
        refresh();
        return history.size();
    }

    /**
     * Reads the store once and returns a frozen view of the study as it is now: its trials, how many of them
     * count against the trial budget (all but CANCELLED) and how many are WAITING.
     */
    synchronized Frozen freeze() {
        refresh();
        int budgeted = history.size() - history.count(TrialState.CANCELLED);
        return new Frozen(objective, history.snapshot(), budgeted, history.count(TrialState.WAITING));
    }

    private void refresh() {
        boolean complete;
        if (stale) {
            complete = false;
        } else if (!fewLiveFarBehind()) {
            long after = live.isEmpty() ? maxId : live.firstKey() - 1;
            complete = merge(store.trialsSince(studyId, after, ALL));
        } else {
            complete = merge(store.trialsSince(studyId, maxId, ALL));
            for (Integer number : List.copyOf(live.values())) {
                complete &= store.trial(studyId, number).map(this::merge).orElse(false);
            }
        }
        if (!complete) {
            history.clear();
            live.clear();
            maxId = 0;
            stale = false;
            for (TrialSnapshot t : store.trials(studyId)) {
                if (!merge(t)) {
                    // a trial committed late leaves a gap in the numbers: keep what precedes it, read all again next time
                    stale = true;
                    break;
                }
            }
        }
    }

    /**
     * Whether the live trials are few and the oldest is far behind the newest trial seen, so that reading them
     * one by one costs less than reading every trial since the oldest.
     */
    private boolean fewLiveFarBehind() {
        if (live.isEmpty()) {
            return false;
        }
        long span = maxId - live.firstKey();
        return span > SPAN && live.size() <= Math.min(MAX_SINGLE_READS, span / 32);
    }

    private boolean merge(List<TrialSnapshot> rows) {
        boolean complete = true;
        for (TrialSnapshot t : rows) {
            complete &= merge(t);
        }
        return complete;
    }

    private boolean merge(TrialSnapshot t) {
        if (!history.put(t)) {
            return false;
        }
        if (t.state().isFinished()) {
            live.remove(t.id());
        } else {
            live.put(t.id(), t.number());
        }
        maxId = Math.max(maxId, t.id());
        return true;
    }

    /**
     * A view of the study at one instant, as {@link #freeze()} returned it, with the number of trials that count
     * against the budget and of WAITING ones.
     */
    record Frozen(Objective objective, List<TrialSnapshot> trials, int budgeted, int waiting) implements StudyView {
        @Override
        public int size() {
            return trials.size();
        }
    }
}
