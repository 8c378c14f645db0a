package io.automl.eval.dl4j.cpu;

import io.automl.eval.dl4j.BoundedCache;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.api.shape.TadPack;
import org.nd4j.linalg.cpu.nativecpu.CpuTADManager;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's tensor-along-dimension descriptors (what a broadcast such as adding a bias row, or a sum along a dimension,
 * iterates over), made once per array shape and dimension list and then shared. libnd4j keeps the descriptors
 * themselves in its constant memory, but ND4J 1.0.0-M2.1's CPU manager wraps them in two new tracked buffers on
 * every call, several times per layer and minibatch; the wrappers are the same each time, so this manager keeps
 * them. 96 digits trials: 12-15% less wall time with one worker and with two (BENCHMARKS.md section 8).
 *
 * <p>At most {@code maxEntries} descriptors are held; a full cache is emptied and refilled. ND4J's executioner
 * creates its manager itself and offers no setting, so {@link #install} replaces it in the executioner's private
 * field; if that field is not there (another ND4J version) nothing changes. Thread-safe.
 */
public final class TadCache extends CpuTADManager {
    /** Descriptors kept by the public constructor. */
    public static final int DEFAULT_MAX_ENTRIES = 20_000;
    /** The executioner's field holding its manager, in ND4J 1.0.0-M2.1's {@code NativeOpExecutioner}. */
    static final String FIELD = "tadManager";

    private final BoundedCache<Key, Pair<DataBuffer, DataBuffer>> cache;
    private final OpExecutioner executioner;

    /** A cache that asks {@code executioner} for descriptors it does not hold and keeps at most {@code maxEntries}. */
    public TadCache(OpExecutioner executioner, int maxEntries) {
        this.cache = new BoundedCache<>(maxEntries);
        this.executioner = executioner;
    }

    /**
     * Makes ND4J's current executioner use a {@code TadCache}; returns true when it does (now or already), false
     * when its manager cannot be replaced.
     */
    public static boolean install() {
        OpExecutioner executioner = Nd4j.getExecutioner();
        try {
            Field field = executioner.getClass().getDeclaredField(FIELD);
            if (!CpuTADManager.class.isAssignableFrom(field.getType())) {
                return false;
            }
            field.setAccessible(true);
            if (!(field.get(executioner) instanceof TadCache)) {
                field.set(executioner, new TadCache(executioner, DEFAULT_MAX_ENTRIES));
            }
            return true;
        } catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Pair<DataBuffer, DataBuffer> getTADOnlyShapeInfo(INDArray array, int... dimension) {
        int[] dims = dimension == null ? new int[] {Integer.MAX_VALUE} : dimension.clone();
        Arrays.sort(dims);
        return cache.get(new Key(array.shapeInfoJava().clone(), dims), () -> {
            TadPack pack = executioner.tadShapeInfoAndOffsets(array, dims);
            return new Pair<>(pack.getTadShapeInfo(), pack.getTadOffsets());
        });
    }

    /** The number of descriptors held now. */
    public int size() {
        return cache.size();
    }

    @Override
    public void purgeBuffers() {
        cache.clear();
    }

    @Override
    public long getCachedBytes() {
        return cache.values().stream()
                .mapToLong(p -> (p.getFirst().length() + p.getSecond().length()) * 8L).sum();
    }

    /** The array's full shape descriptor (shape, strides, flags, order) and the sorted dimensions. */
    private record Key(long[] shapeInfo, int[] dims) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(shapeInfo, k.shapeInfo) && Arrays.equals(dims, k.dims);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shapeInfo) + Arrays.hashCode(dims);
        }
    }
}
