package io.automl.eval.dl4j.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.eval.dl4j.Nd4jSettings;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The tensor-along-dimension descriptor cache against ND4J's own descriptors, and installed into ND4J. */
class TadCacheTest {
    private final OpExecutioner nd4j = Nd4j.getExecutioner();

    @Test
    void aRepeatedRequestReturnsTheSameDescriptorsWithNd4jsContents() {
        TadCache cache = new TadCache(nd4j, 100);
        INDArray a = Nd4j.rand(DataType.FLOAT, 5, 4, 3);
        var first = cache.getTADOnlyShapeInfo(a, 2, 0);
        var fresh = nd4j.tadShapeInfoAndOffsets(a, new int[] {0, 2});
        assertArrayEquals(fresh.getTadShapeInfo().asLong(), first.getFirst().asLong());
        assertArrayEquals(fresh.getTadOffsets().asLong(), first.getSecond().asLong());
        assertSame(first, cache.getTADOnlyShapeInfo(Nd4j.rand(DataType.FLOAT, 5, 4, 3), 0, 2), "same shape, same dims");
        assertEquals(1, cache.size());
    }

    @Test
    void shapeStridesOrderAndDimensionsTellDescriptorsApart() {
        TadCache cache = new TadCache(nd4j, 100);
        INDArray a = Nd4j.rand(DataType.FLOAT, 6, 4);
        var rows = cache.getTADOnlyShapeInfo(a, 1);
        assertNotSame(rows, cache.getTADOnlyShapeInfo(a, 0));
        assertNotSame(rows, cache.getTADOnlyShapeInfo(Nd4j.rand(DataType.FLOAT, 7, 4), 1));
        assertNotSame(rows, cache.getTADOnlyShapeInfo(a.dup('f'), 1));
        INDArray view = Nd4j.rand(DataType.FLOAT, 6, 8).get(NDArrayIndex.all(), NDArrayIndex.interval(0, 4));
        var viewTads = cache.getTADOnlyShapeInfo(view, 1);
        assertNotSame(rows, viewTads);
        assertArrayEquals(nd4j.tadShapeInfoAndOffsets(view, new int[] {1}).getTadOffsets().asLong(),
                viewTads.getSecond().asLong());
        assertEquals(5, cache.size());
    }

    @Test
    void aFullCacheStartsAfresh() {
        TadCache cache = new TadCache(nd4j, 2);
        for (int rows = 1; rows <= 6; rows++) {
            INDArray a = Nd4j.rand(DataType.FLOAT, rows, 3);
            var p = cache.getTADOnlyShapeInfo(a, 1);
            assertArrayEquals(nd4j.tadShapeInfoAndOffsets(a, new int[] {1}).getTadOffsets().asLong(),
                    p.getSecond().asLong());
            assertTrue(cache.size() <= 2, "size " + cache.size());
        }
        cache.purgeBuffers();
        assertEquals(0, cache.size());
        assertThrows(IllegalArgumentException.class, () -> new TadCache(nd4j, 0));
    }

    @Test
    void installedIntoNd4jBroadcastsAndReductionsStayRight() {
        java.util.Properties off = new java.util.Properties();
        off.setProperty(Nd4jSettings.SWITCH, "false");
        assertFalse(new Nd4jSettings(off).afterStart(), "switched off");
        assertTrue(new Nd4jSettings(new java.util.Properties()).afterStart());
        assertTrue(TadCache.install(), "idempotent");
        assertInstanceOf(TadCache.class, nd4j.getTADManager());
        INDArray m = Nd4j.createFromArray(new float[][] {{1, 2, 3}, {4, 5, 6}});
        for (int i = 0; i < 3; i++) {
            INDArray out = m.dup().addiRowVector(Nd4j.createFromArray(10f, 20f, 30f));
            assertArrayEquals(new float[] {11, 22, 33, 14, 25, 36}, out.data().asFloat());
            assertArrayEquals(new float[] {5, 7, 9}, m.sum(0).toFloatVector());
            assertArrayEquals(new float[] {6, 15}, m.sum(1).toFloatVector());
        }
        assertTrue(((TadCache) nd4j.getTADManager()).size() > 0);
    }
}
