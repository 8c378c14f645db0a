package io.automl.eval.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.BaseShapeInfoProvider;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The shape descriptor cache against ND4J's uncached descriptors, and installed as the test JVM's provider (the
 * build sets the same system property {@code automl} sets at start-up).
 */
class ShapeInfoCacheTest {
    /** ND4J's own descriptors, made anew on each call. */
    private final BaseShapeInfoProvider uncached = new BaseShapeInfoProvider() {
        @Override
        public void purgeCache() {
        }
    };

    @Test
    void aRepeatedRequestReturnsTheSameDescriptorWithNd4jsContents() {
        ShapeInfoCache cache = new ShapeInfoCache(100);
        long[] shape = {32, 64};
        long[] stride = {64, 1};
        Pair<DataBuffer, long[]> first = cache.createShapeInformation(shape, stride, 1, 'c', DataType.FLOAT, false);
        Pair<DataBuffer, long[]> again = cache.createShapeInformation(shape.clone(), stride.clone(), 1, 'c',
                DataType.FLOAT, false);
        assertSame(first, again);
        assertArrayEquals(uncached.createShapeInformation(shape, stride, 1, 'c', DataType.FLOAT, false).getSecond(),
                first.getSecond());
        assertArrayEquals(first.getSecond(), first.getFirst().asLong());
        assertTrue(first.getFirst().isConstant());
        assertEquals(1, cache.size());
    }

    @Test
    void everyPartOfTheRequestTellsDescriptorsApart() {
        ShapeInfoCache cache = new ShapeInfoCache(100);
        long[] shape = {4, 6};
        var base = cache.createShapeInformation(shape, new long[] {6, 1}, 1, 'c', DataType.FLOAT, false);
        List<Pair<DataBuffer, long[]>> others = List.of(
                cache.createShapeInformation(new long[] {6, 4}, new long[] {6, 1}, 1, 'c', DataType.FLOAT, false),
                cache.createShapeInformation(shape, new long[] {1, 4}, 1, 'f', DataType.FLOAT, false),
                cache.createShapeInformation(shape, new long[] {6, 1}, 1, 'c', DataType.DOUBLE, false),
                cache.createShapeInformation(shape, new long[] {12, 1}, 0, 'c', DataType.FLOAT, false),
                cache.createShapeInformation(shape, new long[] {6, 1}, 1, 'c', DataType.FLOAT, true));
        for (var other : others) {
            assertNotSame(base, other);
        }
        assertEquals(6, cache.size());
        long extras = base.getSecond()[base.getSecond().length - 3];
        var raw = cache.createShapeInformation(shape, new long[] {6, 1}, 1, 'c', extras);
        assertArrayEquals(uncached.createShapeInformation(shape, new long[] {6, 1}, 1, 'c', extras).getSecond(),
                raw.getSecond());
        assertSame(raw, cache.createShapeInformation(shape, new long[] {6, 1}, 1, 'c', extras));
    }

    @Test
    void aFullCacheStartsAfreshAndStillAnswersCorrectly() {
        ShapeInfoCache cache = new ShapeInfoCache(3);
        for (int rows = 1; rows <= 10; rows++) {
            long[] shape = {rows, 5};
            var p = cache.createShapeInformation(shape, new long[] {5, 1}, 1, 'c', DataType.FLOAT, false);
            assertArrayEquals(uncached.createShapeInformation(shape, new long[] {5, 1}, 1, 'c', DataType.FLOAT, false)
                    .getSecond(), p.getSecond());
            assertTrue(cache.size() <= 3, "size " + cache.size());
        }
        cache.purgeCache();
        assertEquals(0, cache.size());
        assertThrows(IllegalArgumentException.class, () -> new ShapeInfoCache(0));
    }

    @Test
    void threadsAskingAtOnceShareOneDescriptorPerShape() throws Exception {
        ShapeInfoCache cache = new ShapeInfoCache(1000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Pair<DataBuffer, long[]>>>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(() -> {
                    List<Pair<DataBuffer, long[]>> out = new ArrayList<>();
                    for (int rows = 1; rows <= 50; rows++) {
                        out.add(cache.createShapeInformation(new long[] {rows, 3}, new long[] {3, 1}, 1, 'c',
                                DataType.FLOAT, false));
                    }
                    return out;
                });
            }
            List<Future<List<Pair<DataBuffer, long[]>>>> results = pool.invokeAll(tasks);
            List<Pair<DataBuffer, long[]>> first = results.get(0).get();
            for (var r : results) {
                for (int i = 0; i < 50; i++) {
                    assertSame(first.get(i), r.get().get(i));
                }
            }
            assertEquals(50, cache.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nd4jInThisJvmUsesTheCacheForNewArraysAndViews() {
        assertInstanceOf(ShapeInfoCache.class, Nd4j.getShapeInfoProvider(),
                "the build sets -Dshapeinfoprovider as automl does");
        INDArray a = Nd4j.rand(DataType.FLOAT, 7, 3);
        INDArray b = Nd4j.rand(DataType.FLOAT, 7, 3);
        assertSame(a.shapeInfoDataBuffer(), b.shapeInfoDataBuffer());
        INDArray rows = a.get(NDArrayIndex.interval(2, 5), NDArrayIndex.all());
        INDArray again = a.get(NDArrayIndex.interval(2, 5), NDArrayIndex.all());
        assertSame(rows.shapeInfoDataBuffer(), again.shapeInfoDataBuffer());
        assertArrayEquals(new long[] {3, 3}, rows.shape());
        assertEquals(a.getFloat(3, 1), rows.getFloat(1, 1));
        assertEquals(a.mmul(b.transpose()).getDouble(4, 2), a.getRow(4).mul(b.getRow(2)).sumNumber().doubleValue(), 1e-5);
    }

    @Test
    void settingsInstallTheCacheOnTheCpuBackendAndKeepAnExplicitChoice() {
        Properties props = new Properties();
        Nd4jSettings.apply(props);
        assertEquals(ShapeInfoCache.class.getName(), props.getProperty(ShapeInfoCache.PROPERTY));
        Properties chosen = new Properties();
        chosen.setProperty(ShapeInfoCache.PROPERTY, "org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider");
        Nd4jSettings.apply(chosen);
        assertEquals("org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider", chosen.getProperty(ShapeInfoCache.PROPERTY));
        Properties off = new Properties();
        off.setProperty(Nd4jSettings.SWITCH, "false");
        Nd4jSettings.apply(off);
        assertEquals(null, off.getProperty(ShapeInfoCache.PROPERTY), "switched off");
    }
}
