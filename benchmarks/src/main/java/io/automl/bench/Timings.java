package io.automl.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Calls and total nanoseconds per named operation. Thread-safe. */
final class Timings {
    private final Map<String, LongAdder[]> byName = new ConcurrentHashMap<>();

    /** Records one call of {@code name} that started at {@code startNanos} (from {@link System#nanoTime()}). */
    void add(String name, long startNanos) {
        add(name, startNanos, 0);
    }

    /** Records one call of {@code name} that started at {@code startNanos} and returned {@code rows} rows. */
    void add(String name, long startNanos, int rows) {
        long elapsed = System.nanoTime() - startNanos;
        LongAdder[] a = byName.computeIfAbsent(name,
                k -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
        a[0].increment();
        a[1].add(elapsed);
        a[2].add(rows);
    }

    /** Forgets everything recorded so far. */
    void reset() {
        byName.clear();
    }

    /** Per operation: {calls, total nanoseconds, rows returned}, by name. */
    Map<String, long[]> snapshot() {
        Map<String, long[]> out = new TreeMap<>();
        byName.forEach((k, v) -> out.put(k, new long[] {v[0].sum(), v[1].sum(), v[2].sum()}));
        return out;
    }
}
