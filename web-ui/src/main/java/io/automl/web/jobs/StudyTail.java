package io.automl.web.jobs;

import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Follows one study in the store and reports every trial transition and study state change it reads to
 * {@link StudyEvents}, and the epoch values of running trials (StudyEvents publishes each step once). Each {@link #read} costs two queries: the study row, and the trials from the lowest
 * unfinished id on ({@link TrialStore#trialsSince}), that is the live trials and the new ones; when the trial
 * numbers read so far have a gap (a trial committed late), the whole study is read once more. The first read
 * reports only what happened since {@code since} by the store's start and finish times (stored by the clock of
 * the server that wrote them); anything older is taken as known. It remembers the progress of the trials from
 * the lowest live id on, and one bit per trial number. Not thread-safe: one watcher thread reads it.
 */
final class StudyTail {
    private static final List<TrialState> ALL = List.of(TrialState.values());

    private final TrialStore store;
    private final StudyEvents events;
    private final long studyId;
    private final Instant since;
    private final Map<Long, Integer> seen = new HashMap<>();
    private final TreeSet<Long> live = new TreeSet<>();
    private final BitSet numbers = new BitSet();
    private long maxId;
    private String state;
    private boolean first = true;

    StudyTail(TrialStore store, StudyEvents events, long studyId, Instant since) {
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.studyId = studyId;
        this.since = Objects.requireNonNull(since, "since");
    }

    /** Reads what changed and reports it; false when the study no longer exists. */
    boolean read() {
        StudyRecord study = store.study(studyId).orElse(null);
        if (study == null) {
            return false;
        }
        long after = live.isEmpty() ? maxId : live.first() - 1;
        merge(store.trialsSince(studyId, after, ALL));
        if (numbers.cardinality() != numbers.length()) {
            merge(store.trials(studyId));
        }
        String now = study.state().name();
        if (!first && !now.equals(state)) {
            events.studyState(study, now, Map.of());
        }
        state = now;
        first = false;
        return true;
    }

    private void merge(List<TrialSnapshot> rows) {
        for (TrialSnapshot t : rows) {
            Integer before = seen.get(t.id());
            if (before == null && numbers.get(t.number())) {
                continue; // finished below the lowest live id: reported, or older than the watch
            }
            int progress = StudyEvents.progress(t);
            boolean changed = before == null || progress > before;
            boolean finishedSince = t.finishedAt() != null && !t.finishedAt().isBefore(since);
            if (t.state() == TrialState.RUNNING || changed && (!first || finishedSince)) {
                // the running trial's epochs (of another server); published once each, before its final event
                t.intermediate().forEach((step, value) -> events.trialReported(t, step, value));
            }
            if (changed) {
                seen.put(t.id(), progress);
                report(t, before);
            }
            if (t.state().isFinished()) {
                live.remove(t.id());
            } else {
                live.add(t.id());
            }
            numbers.set(t.number());
            maxId = Math.max(maxId, t.id());
        }
        long mark = live.isEmpty() ? maxId : live.first(); // rows below it are finished and not read again
        seen.keySet().removeIf(id -> id < mark);
    }

    private void report(TrialSnapshot t, Integer before) {
        if (!first) {
            events.trialChanged(t, before == null ? -1 : before);
            return;
        }
        boolean startedSince = t.startedAt() != null && !t.startedAt().isBefore(since);
        if (t.state().isFinished() && t.finishedAt() != null && !t.finishedAt().isBefore(since)) {
            events.trialChanged(t, startedSince ? -1 : StudyEvents.progress(t.attempt(), TrialState.RUNNING));
        } else if (t.state() == TrialState.RUNNING && startedSince) {
            events.trialChanged(t, -1);
        }
    }
}
