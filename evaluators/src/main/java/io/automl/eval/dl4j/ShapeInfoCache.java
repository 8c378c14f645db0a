package io.automl.eval.dl4j;

import java.util.Arrays;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.BaseShapeInfoProvider;

/**
 * ND4J's shape descriptors, made once per distinct shape and shared, as ND4J intends them to be (they are constant
 * buffers). ND4J 1.0.0-M2.1's CPU provider caches only one of the two ways arrays ask for a descriptor: every array
 * made through {@code BaseNDArray}'s constructors (views, reshapes, activations) gets a new native buffer, with two
 * JavaCPP pointers, a deallocator reference, a tracked id and a global lock taken to register them. While a digits
 * MLP trains, that is about a third of all native buffers, and the references keep the young collections long
 * (BENCHMARKS.md section 8). This provider answers both ways from one cache.
 *
 * <p>The cache holds at most {@code maxEntries} descriptors and is emptied when full (a search that keeps trying
 * new layer widths and batch sizes keeps meeting new shapes); a descriptor dropped from it lives on in the arrays
 * that use it and is released with them. Thread-safe.
 *
 * <p>ND4J picks its provider from the system property {@value #PROPERTY} when its backend starts; {@link
 * Nd4jSettings#apply} sets it for the CPU backend.
 */
public final class ShapeInfoCache extends BaseShapeInfoProvider {
    /** The system property ND4J reads the provider's class name from. */
    public static final String PROPERTY = "shapeinfoprovider";
    /** Descriptors kept by the public constructor; a few megabytes at most. */
    public static final int DEFAULT_MAX_ENTRIES = 20_000;

    private final BoundedCache<Key, Pair<DataBuffer, long[]>> cache;

    /** The provider ND4J instantiates, with {@link #DEFAULT_MAX_ENTRIES}. */
    public ShapeInfoCache() {
        this(DEFAULT_MAX_ENTRIES);
    }

    /** A provider that keeps at most {@code maxEntries} descriptors. */
    public ShapeInfoCache(int maxEntries) {
        this.cache = new BoundedCache<>(maxEntries);
    }

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride,
            char order, DataType dataType, boolean empty) {
        Key key = new Key(shape, stride, elementWiseStride, order, dataType.ordinal(), empty ? 1 : 0);
        return cache.get(key, () -> super.createShapeInformation(shape, stride, elementWiseStride, order, dataType,
                empty));
    }

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride,
            char order, long extras) {
        Key key = new Key(shape, stride, elementWiseStride, order, -1, extras);
        return cache.get(key, () -> super.createShapeInformation(shape, stride, elementWiseStride, order, extras));
    }

    /** The number of descriptors held now. */
    public int size() {
        return cache.size();
    }

    @Override
    public void purgeCache() {
        cache.clear();
    }

    @Override
    public long getCachedBytes() {
        return cache.values().stream().mapToLong(p -> p.getFirst().length() * 8L).sum();
    }

    /**
     * A descriptor request: {@code kind} is the data type's ordinal for the typed request and -1 for the one with
     * raw {@code extras} flags, whose value then holds the flags (for the typed one, 1 for an empty array).
     */
    private record Key(long[] shape, long[] stride, long ews, char order, int kind, long extras) {
        private Key {
            shape = shape.clone();
            stride = stride.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && ews == k.ews && order == k.order && kind == k.kind && extras == k.extras
                    && Arrays.equals(shape, k.shape) && Arrays.equals(stride, k.stride);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(shape) + Arrays.hashCode(stride))
                    + Long.hashCode(ews * 31 + order * 7 + kind * 131 + extras);
        }
    }
}
