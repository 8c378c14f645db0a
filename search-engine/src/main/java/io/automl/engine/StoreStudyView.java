package io.automl.engine;

import io.automl.space.Objective;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A {@link StudyView} read from a {@link TrialStore}. Each call to {@link #trials()} is fresh but
 * incremental: finished trials are cached (they never change again), and only live trials and trials
 * added since the last read are fetched through {@link TrialStore#trialsSince}. When the trial numbers
 * read so far have a gap (a trial committed late), the whole study is read again. Thread-safe.
 */
public final class StoreStudyView implements StudyView {
    private static final List<TrialState> ALL = List.of(TrialState.values());

    private final TrialStore store;
    private final long studyId;
    private final Objective objective;
    private final TreeMap<Integer, TrialSnapshot> byNumber = new TreeMap<>();
    private final Map<Long, TrialSnapshot> live = new HashMap<>();
    private long maxId;
    private int reads;

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
        long after = live.keySet().stream().mapToLong(Long::longValue).min().orElse(maxId + 1) - 1;
        merge(store.trialsSince(studyId, after, ALL));
        if (!byNumber.isEmpty() && byNumber.lastKey() + 1 != byNumber.size()) {
            byNumber.clear();
            live.clear();
            merge(store.trials(studyId));
        }
        reads++;
        return List.copyOf(byNumber.values());
    }

    /** How many times this view was read (for diagnostics). */
    public synchronized int reads() {
        return reads;
    }

    private void merge(List<TrialSnapshot> rows) {
        for (TrialSnapshot t : rows) {
            byNumber.put(t.number(), t);
            if (t.state().isFinished()) {
                live.remove(t.id());
            } else {
                live.put(t.id(), t);
            }
            maxId = Math.max(maxId, t.id());
        }
    }
}
