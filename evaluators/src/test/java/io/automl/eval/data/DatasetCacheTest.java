package io.automl.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.DatasetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class DatasetCacheTest {
    private static final Path BASE = Path.of("src/test/resources");
    private final DatasetCache cache = new DatasetCache();

    private static DatasetSpec spec(String path, String normalize, long seed) {
        return new DatasetSpec("csv", path, "label", new DatasetSpec.Split(0.2, 0.2, seed), normalize, 0);
    }

    @Test
    void irisSplitsStratifiedWithHashAndNames() throws Exception {
        PreparedData d = cache.get(spec("data/iris.csv", "standardize", 7), BASE);
        assertEquals("87f0ef5229d3c2825151152009663887281a6e3e164d35161efdbdfb69951049", d.sha256());
        assertEquals(List.of("0", "1", "2"), d.labelNames());
        assertEquals(List.of("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"),
                d.featureNames());
        assertEquals(90, d.train().size());
        assertEquals(30, d.validation().size());
        assertEquals(30, d.test().size());
        for (int c = 0; c < 3; c++) {
            final int cls = c;
            assertEquals(10, java.util.Arrays.stream(d.validation().labels()).filter(l -> l == cls).count());
        }
    }

    @Test
    void standardizationIsFittedOnTheTrainingSplitOnly() throws Exception {
        PreparedData d = cache.get(spec("data/iris.csv", "standardize", 7), BASE);
        INDArray train = d.train().features();
        for (int j = 0; j < 4; j++) {
            assertEquals(0.0, train.getColumn(j).meanNumber().doubleValue(), 1e-4);
            assertEquals(1.0, train.getColumn(j).stdNumber().doubleValue(), 0.02);
        }
        INDArray val = d.validation().features();
        double valMeanAbs = 0;
        for (int j = 0; j < 4; j++) {
            valMeanAbs += Math.abs(val.getColumn(j).meanNumber().doubleValue());
        }
        assertTrue(valMeanAbs > 1e-3, "validation was standardized with its own statistics: " + valMeanAbs);
        INDArray raw = d.validation().rawFeatures();
        assertTrue(raw.getDouble(0, 0) > 4, "raw features keep their units");
    }

    @Test
    void sameSpecSharesOneLoadAndAnotherSeedSplitsDifferently() throws Exception {
        PreparedData a = cache.get(spec("data/iris.csv", "minmax", 7), BASE);
        assertSame(a, cache.get(spec("data/iris.csv", "minmax", 7), BASE));
        PreparedData b = cache.get(spec("data/iris.csv", "minmax", 8), BASE);
        assertNotSame(a, b);
        assertTrue(!java.util.Arrays.equals(a.train().labels(), b.train().labels()));
        assertEquals(1.0, a.train().features().maxNumber().doubleValue(), 1e-6);
        assertEquals(0.0, a.train().features().minNumber().doubleValue(), 1e-6);
    }

    @Test
    void changedFileIsReloaded(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.csv");
        Files.writeString(f, "x,label\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n9,a\n10,b\n");
        PreparedData first = cache.get(spec("d.csv", "none", 1), dir);
        Files.writeString(f, "x,label\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n9,a\n10,c\n11,c\n12,c\n");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
        PreparedData second = cache.get(spec("d.csv", "none", 1), dir);
        assertEquals(List.of("a", "b"), first.labelNames());
        assertEquals(List.of("a", "b", "c"), second.labelNames());
        assertEquals(1, cache.size());
    }

    @Test
    void missingFileIsNamed() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> cache.get(spec("data/nope.csv", "none", 1), BASE));
        assertTrue(e.getMessage().startsWith("data file not found: ") && e.getMessage().endsWith("nope.csv"),
                e.getMessage());
    }

    @Test
    void missingLabelColumnNamesTheColumnsFound(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("d.csv"), "a,b,class\n1,2,x\n3,4,y\n");
        DatasetException e = assertThrows(DatasetException.class, () -> cache.get(spec("d.csv", "none", 1), dir));
        assertTrue(e.getMessage().endsWith("no label column 'label'; columns found: a, b, class"), e.getMessage());
    }

    @Test
    void nonNumericCellNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("d.csv"), "a,b,label\n1,2,x\n3,four,y\n5,6,x\n");
        DatasetException e = assertThrows(DatasetException.class, () -> cache.get(spec("d.csv", "none", 1), dir));
        assertTrue(e.getMessage().endsWith("line 3, column 'b': 'four' is not a finite number"), e.getMessage());
    }

    @Test
    void singleClassIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("d.csv"), "a,label\n1,x\n2,x\n3,x\n");
        DatasetException e = assertThrows(DatasetException.class, () -> cache.get(spec("d.csv", "none", 1), dir));
        assertTrue(e.getMessage().endsWith("the label column 'label' has a single class (x); at least two are needed"),
                e.getMessage());
    }

    @Test
    void raggedRowAndQuotedFields(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.csv"), "a,b,label\n1,2,x\n3,y\n");
        DatasetException e = assertThrows(DatasetException.class, () -> cache.get(spec("r.csv", "none", 1), dir));
        assertTrue(e.getMessage().endsWith("line 3 has 2 fields, the header has 3"), e.getMessage());
        Files.writeString(dir.resolve("q.csv"), "\"a\",label\n1,\"red, dark\"\n2,blue\n3,\"red, dark\"\n4,blue\n"
                + "5,blue\n6,\"red, dark\"\n");
        PreparedData d = cache.get(spec("q.csv", "none", 1), dir);
        assertEquals(List.of("blue", "red, dark"), d.labelNames());
        assertEquals(List.of("a"), d.featureNames());
    }

    @Test
    void quotedLineBreaksDoubledQuotesAndAByteOrderMarkLoad(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("\uFEFF\"a, x\",label\n");
        for (int i = 0; i < 12; i++) {
            text.append(i).append(List.of(",\"say \"\"hi\"\"\"\n", ",\"two\r\nlines\"\n\n", ",plain\n").get(i % 3));
        }
        Files.write(dir.resolve("b.csv"), text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PreparedData d = cache.get(spec("b.csv", "none", 1), dir);
        assertEquals(List.of("a, x"), d.featureNames());
        assertEquals(List.of("plain", "say \"hi\"", "two\r\nlines"), d.labelNames());
        Files.writeString(dir.resolve("open.csv"), "a,label\n1,x\n2,\"y\n3,x\n");
        DatasetException e = assertThrows(DatasetException.class, () -> cache.get(spec("open.csv", "none", 1), dir));
        assertTrue(e.getMessage().endsWith("line 3 has an unterminated quoted field"), e.getMessage());
        Files.writeString(dir.resolve("ragged.csv"), "a,label\n1,\"x\ny\"\n2\n");
        e = assertThrows(DatasetException.class, () -> cache.get(spec("ragged.csv", "none", 1), dir));
        assertTrue(e.getMessage().endsWith("line 4 has 1 fields, the header has 2"), e.getMessage());
    }
}
