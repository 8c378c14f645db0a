package io.automl.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;

/**
 * The trials of a study by number, kept for {@link StoreStudyView}: replacing or appending a trial costs
 * O(1) (amortized), and {@link #snapshot()} hands out an immutable list in O(size / 1024) by sharing the
 * buffer's fixed-size chunks; a chunk shared with a snapshot is copied before a trial in it is replaced
 * (trials appended past a snapshot's end are invisible to it and need no copy). Keeps the number of trials
 * in each state. Not thread-safe: the owning view guards it.
 */
final class HistoryBuffer {
    private static final int SHIFT = 10;
    private static final int CHUNK = 1 << SHIFT;

    private TrialSnapshot[][] chunks = new TrialSnapshot[0][];
    private final BitSet owned = new BitSet();
    private final int[] states = new int[TrialState.values().length];
    private int size;

    int size() {
        return size;
    }

    /** The trial numbered {@code number} ({@code < size()}). */
    TrialSnapshot get(int number) {
        return chunks[number >>> SHIFT][number & (CHUNK - 1)];
    }

    /** How many trials are in {@code state}. */
    int count(TrialState state) {
        return states[state.ordinal()];
    }

    /**
     * Stores {@code t} at its number: replaces the trial there, or appends it when its number is
     * {@code size()}. Returns false, storing nothing, when its number is past {@code size()} (a gap).
     */
    boolean put(TrialSnapshot t) {
        int n = t.number();
        if (n > size || n < 0) {
            return false;
        }
        int c = n >>> SHIFT;
        if (n == size) {
            if (c == chunks.length) {
                chunks = Arrays.copyOf(chunks, Math.max(4, chunks.length * 2));
            }
            if (chunks[c] == null) {
                chunks[c] = new TrialSnapshot[CHUNK];
                owned.set(c);
            }
            size++;
        } else {
            states[chunks[c][n & (CHUNK - 1)].state().ordinal()]--;
            if (!owned.get(c)) {
                chunks[c] = chunks[c].clone();
                owned.set(c);
            }
        }
        chunks[c][n & (CHUNK - 1)] = t;
        states[t.state().ordinal()]++;
        return true;
    }

    /** Forgets every trial. */
    void clear() {
        chunks = new TrialSnapshot[0][];
        owned.clear();
        Arrays.fill(states, 0);
        size = 0;
    }

    /** An immutable list of the trials now held, in number order. */
    List<TrialSnapshot> snapshot() {
        owned.clear();
        return new Snapshot(Arrays.copyOf(chunks, (size + CHUNK - 1) >>> SHIFT), size);
    }

    /** A read-only list over chunks that no one writes to any more below {@code size}. */
    private static final class Snapshot extends AbstractList<TrialSnapshot> implements RandomAccess {
        private final TrialSnapshot[][] chunks;
        private final int size;

        Snapshot(TrialSnapshot[][] chunks, int size) {
            this.chunks = chunks;
            this.size = size;
        }

        @Override
        public TrialSnapshot get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size);
            }
            return chunks[index >>> SHIFT][index & (CHUNK - 1)];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
