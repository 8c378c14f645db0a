package io.automl.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.DatasetSpec;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDX image and label files, gzip-compressed and plain, loaded, split and checked. */
public class IdxDataTest {
    /** Writes {@code n} 4x4 images: class 0 bright on the left half, class 1 on the right, with noise. */
    public static void write(Path images, Path labels, int n, boolean gzip, long seed) throws IOException {
        Random r = new Random(seed);
        ByteArrayOutputStream img = new ByteArrayOutputStream();
        ByteArrayOutputStream lab = new ByteArrayOutputStream();
        try (DataOutputStream i = new DataOutputStream(img); DataOutputStream l = new DataOutputStream(lab)) {
            i.writeInt(0x803);
            i.writeInt(n);
            i.writeInt(4);
            i.writeInt(4);
            l.writeInt(0x801);
            l.writeInt(n);
            for (int k = 0; k < n; k++) {
                int y = k % 2;
                for (int row = 0; row < 4; row++) {
                    for (int col = 0; col < 4; col++) {
                        boolean bright = (col < 2) == (y == 0);
                        i.writeByte((bright ? 180 : 20) + r.nextInt(60));
                    }
                }
                l.writeByte(y == 0 ? 3 : 7);
            }
        }
        save(images, img.toByteArray(), gzip);
        save(labels, lab.toByteArray(), gzip);
    }

    private static void save(Path file, byte[] bytes, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }

    private static DatasetSpec spec(Path images, Path labels, int limit) {
        return new DatasetSpec("idx", images.toString(), "label", new DatasetSpec.Split(0.25, 0.25, 3), "minmax",
                limit, labels.toString());
    }

    @Test
    void gzipAndPlainFilesLoadAlike(@TempDir Path dir) throws Exception {
        write(dir.resolve("a-images.gz"), dir.resolve("a-labels.gz"), 40, true, 1);
        write(dir.resolve("b-images"), dir.resolve("b-labels"), 40, false, 1);
        DatasetCache cache = new DatasetCache();
        PreparedData a = cache.get(spec(dir.resolve("a-images.gz"), dir.resolve("a-labels.gz"), 0), dir);
        PreparedData b = cache.get(spec(dir.resolve("b-images"), dir.resolve("b-labels"), 0), dir);
        assertEquals(16, a.featureNames().size());
        assertEquals("px_1_2", a.featureNames().get(6));
        assertEquals(java.util.List.of("3", "7"), a.labelNames());
        assertEquals(2, a.classes());
        assertEquals(20, a.train().size());
        assertEquals(10, a.validation().size());
        assertEquals(a.train().rawFeatures(), b.train().rawFeatures());
        assertEquals(2, cache.size());
    }

    @Test
    void rowLimitKeepsClassesInProportion(@TempDir Path dir) throws Exception {
        write(dir.resolve("i"), dir.resolve("l"), 80, false, 2);
        PreparedData d = new DatasetCache().get(spec(dir.resolve("i"), dir.resolve("l"), 40), dir);
        int total = d.train().size() + d.validation().size() + d.test().size();
        assertEquals(40, total);
        long ones = java.util.Arrays.stream(d.train().labels()).filter(y -> y == 1).count();
        assertEquals(d.train().size() / 2.0, ones, 1.0);
    }

    @Test
    void mismatchedCountsAndWrongFilesAreNamed(@TempDir Path dir) throws Exception {
        write(dir.resolve("i"), dir.resolve("l"), 40, false, 1);
        write(dir.resolve("i2"), dir.resolve("l2"), 30, false, 1);
        DatasetException counts = assertThrows(DatasetException.class,
                () -> new DatasetCache().get(spec(dir.resolve("i"), dir.resolve("l2"), 0), dir));
        assertTrue(counts.getMessage().contains("has 40 images but"), counts.getMessage());
        DatasetException magic = assertThrows(DatasetException.class,
                () -> new DatasetCache().get(spec(dir.resolve("l"), dir.resolve("l"), 0), dir));
        assertTrue(magic.getMessage().contains("not an IDX image file (magic 0x801, expected 0x803)"),
                magic.getMessage());
        DatasetException missing = assertThrows(DatasetException.class,
                () -> new DatasetCache().get(spec(dir.resolve("i"), dir.resolve("nope"), 0), dir));
        assertTrue(missing.getMessage().startsWith("label file not found: "), missing.getMessage());
    }
}
