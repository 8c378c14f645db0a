package io.automl.eval.dl4j;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A concurrent map of at most {@code maxEntries} values made on first request, emptied when full and refilled: the
 * storage of the ND4J descriptor caches ({@link ShapeInfoCache}, {@code io.automl.eval.dl4j.cpu.TadCache}), whose
 * entries are cheap to make again and stay valid in whatever still uses them after they are dropped. Thread-safe;
 * a value is made at most once per key while it is held.
 */
public final class BoundedCache<K, V> {
    private final Map<K, V> map = new ConcurrentHashMap<>();
    private final int maxEntries;

    /** An empty cache that holds at most {@code maxEntries} values. */
    public BoundedCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be >= 1: " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** The value held for {@code key}, made by {@code make} (and held) when there is none. */
    public V get(K key, Supplier<V> make) {
        V hit = map.get(key);
        if (hit != null) {
            return hit;
        }
        if (map.size() >= maxEntries) {
            map.clear();
        }
        return map.computeIfAbsent(key, k -> make.get());
    }

    /** The number of values held now. */
    public int size() {
        return map.size();
    }

    /** The values held now (a live view). */
    public Collection<V> values() {
        return map.values();
    }

    /** Drops every value. */
    public void clear() {
        map.clear();
    }
}
