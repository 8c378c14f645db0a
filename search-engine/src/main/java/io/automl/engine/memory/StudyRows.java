package io.automl.engine.memory;

import io.automl.engine.StudyCounts;
import io.automl.engine.TrialState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trials of one study inside {@link InMemoryTrialStore}, in number order (which is also id order), with
 * the count per state and the WAITING trials by number kept up to date on every change of state, so that
 * counting, claiming and incremental reads do not walk the whole study. Guarded by the store's lock.
 */
final class StudyRows {
    private final List<TrialRow> rows = new ArrayList<>();
    private final int[] counts = new int[TrialState.values().length];
    private final TreeMap<Integer, TrialRow> waiting = new TreeMap<>();

    /** Every trial, in number order (read-only use). */
    List<TrialRow> all() {
        return rows;
    }

    /** The number the next trial gets. */
    int nextNumber() {
        return rows.size();
    }

    /** Appends {@code row} (numbered {@link #nextNumber()}) in its current state. */
    void add(TrialRow row) {
        rows.add(row);
        track(row, null, row.state);
    }

    /** Moves {@code row} to {@code state}, keeping the counts and the waiting index. */
    void setState(TrialRow row, TrialState state) {
        TrialState old = row.state;
        row.state = state;
        track(row, old, state);
    }

    /** The trial numbered {@code number}, or null. */
    TrialRow byNumber(int number) {
        return number >= 0 && number < rows.size() ? rows.get(number) : null;
    }

    /** The lowest-numbered WAITING trial, or null. */
    TrialRow firstWaiting() {
        Map.Entry<Integer, TrialRow> e = waiting.firstEntry();
        return e == null ? null : e.getValue();
    }

    /** The trials whose id is greater than {@code afterId}, in id order (a sublist view). */
    List<TrialRow> after(long afterId) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid).id <= afterId) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return rows.subList(lo, rows.size());
    }

    StudyCounts counts() {
        return new StudyCounts(count(TrialState.WAITING), count(TrialState.RUNNING), count(TrialState.COMPLETE),
                count(TrialState.PRUNED), count(TrialState.FAILED), count(TrialState.CANCELLED));
    }

    private int count(TrialState state) {
        return counts[state.ordinal()];
    }

    private void track(TrialRow row, TrialState from, TrialState to) {
        if (from != null) {
            counts[from.ordinal()]--;
            if (from == TrialState.WAITING) {
                waiting.remove(row.number);
            }
        }
        if (to != null) {
            counts[to.ordinal()]++;
            if (to == TrialState.WAITING) {
                waiting.put(row.number, row);
            }
        }
    }
}
