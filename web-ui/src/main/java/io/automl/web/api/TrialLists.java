package io.automl.web.api;

import io.automl.engine.StudyCounts;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a study's full trial list for the views that need all of it (trial pages, history, timing),
 * remembering the lists of quiescent studies. A study is quiescent when it has no RUNNING or WAITING
 * trial: then its trials change only by new trials or state changes, which change its counts, so a
 * remembered list is reused while the counts (one cheap query) are unchanged. Attributes added to
 * finished trials are not part of what these views show. Lists of active studies are always read fresh.
 * Keeps at most {@code capacity} studies (least recently used first out). Thread-safe.
 */
final class TrialLists {
    private final TrialStore store;
    private final int capacity;
    private final Map<Long, Entry> entries;

    private record Entry(StudyCounts counts, List<TrialSnapshot> trials) {
    }

    TrialLists(TrialStore store, int capacity) {
        this.store = Objects.requireNonNull(store, "store");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Every trial of the study in number order (read-only). */
    List<TrialSnapshot> of(long studyId) {
        StudyCounts counts = store.counts(studyId);
        if (counts.running() + counts.waiting() > 0) {
            forget(studyId);
            return store.trials(studyId);
        }
        synchronized (entries) {
            Entry e = entries.get(studyId);
            if (e != null && e.counts().equals(counts)) {
                return e.trials();
            }
        }
        List<TrialSnapshot> trials = List.copyOf(store.trials(studyId));
        if (store.counts(studyId).equals(counts)) {
            synchronized (entries) {
                entries.put(studyId, new Entry(counts, trials));
                while (entries.size() > capacity) {
                    entries.remove(entries.keySet().iterator().next());
                }
            }
        }
        return trials;
    }

    /** Drops what is remembered of a study (after it was deleted or changed). */
    void forget(long studyId) {
        synchronized (entries) {
            entries.remove(studyId);
        }
    }
}
