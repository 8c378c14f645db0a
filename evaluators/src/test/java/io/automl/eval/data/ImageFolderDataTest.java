package io.automl.eval.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.DatasetSpec;
import io.automl.space.ImageFolders;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image folders written from the bundled digits with ImageIO, decoded, split, normalized and cached. */
public class ImageFolderDataTest {
    /** The bundled digits (8x8 images, pixel values 0 to 16, label column {@code label}). */
    public static final Path DIGITS = Path.of("src/test/resources/data/digits.csv");

    @TempDir
    Path dir;

    /** Writes the digits below {@code out} as gray or RGB PNG class folders and returns their rows. */
    public static LabeledRows writeDigits(Path out, boolean rgb) throws Exception {
        LabeledRows rows = new TableParser().parse(new CsvReader().read(DIGITS), "label");
        assertEquals(1797, new ImageFolderWriter().write(rows, 8, 8, out, rgb));
        return rows;
    }

    private static DatasetSpec spec(Path root, int size, int channels, String validation, String test) {
        return DatasetSpec.images(root.toString(), new ImageFolders(size, size, channels, validation, test),
                new DatasetSpec.Split(0.2, 0.1, 3), "none", 0);
    }

    @Test
    void grayDigitsDecodeToTheirPixelsAndSplitByFraction() throws Exception {
        LabeledRows rows = writeDigits(dir.resolve("digits"), false);
        PreparedData d = new DatasetCache().get(spec(dir.resolve("digits"), 8, 1, null, null), dir);
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), d.labelNames());
        assertEquals(64, d.featureNames().size());
        assertEquals("px_0_0", d.featureNames().get(0));
        assertEquals(1797, d.train().size() + d.validation().size() + d.test().size());
        assertEquals(360, d.validation().size(), 3);
        assertEquals(180, d.test().size(), 3);
        // the image of row 0 is file 0/00000.png: its levels are the CSV's values scaled by 255/16
        ImageFolder f = new ImageFolderReader(2).read(ImageFolderReader.scan(dir.resolve("digits")), d.labelNames(),
                8, 8, 1);
        assertEquals(dir.resolve("digits/0/00000.png"), f.files().get(0));
        double[] csv = rows.features(new int[] {0})[0];
        for (int i = 0; i < 64; i++) {
            assertEquals(Math.round(csv[i] * 255 / 16), f.values()[0][i], 1e-9, "pixel " + i);
        }
        assertEquals(java.util.Map.of("8x8 gray", 1797), f.sizes());
        assertEquals(178, f.perClass().get("0"));
        assertTrue(f.failures().isEmpty());
    }

    @Test
    void rgbImagesGiveThreeChannelsAndGrayIsTheirLuminance() throws Exception {
        writeDigits(dir.resolve("rgb"), true);
        ImageFolder rgb = new ImageFolderReader(2).read(ImageFolderReader.scan(dir.resolve("rgb")),
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), 8, 8, 3);
        double[] v = rgb.values()[0];
        assertEquals(192, v.length);
        assertEquals("r_0_0", ImageDecoder.featureNames(8, 8, 3).get(0));
        assertEquals("b_7_7", ImageDecoder.featureNames(8, 8, 3).get(191));
        for (int i = 0; i < 64; i++) {
            assertEquals(Math.floor(v[i] / 2), v[64 + i], 1e-9);
            assertEquals(255 - v[i], v[128 + i], 1e-9);
        }
        ImageFolder gray = new ImageFolderReader(1).read(ImageFolderReader.scan(dir.resolve("rgb")),
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), 8, 8, 1);
        double lum = 0.299 * v[10] + 0.587 * v[74] + 0.114 * v[138];
        assertEquals(lum, gray.values()[0][10], 1e-3);
        assertEquals(java.util.Map.of("8x8 rgb", 1797), gray.sizes());
    }

    @Test
    void resizingIsBilinear() throws Exception {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(0, 0, 0, 0);
        img.getRaster().setSample(1, 0, 0, 200);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        double[] v = new ImageDecoder().decode(png.toByteArray(), 1, 4, 1).values();
        assertEquals(List.of(0.0, 50.0, 150.0, 200.0), java.util.Arrays.stream(v).boxed().toList());
        double[] same = new ImageDecoder().decode(png.toByteArray(), 2, 2, 3).values();
        assertEquals(12, same.length);
        assertEquals(200.0, same[11], 1e-9);
    }

    @Test
    void validationAndTestFoldersReplaceTheirSplits() throws Exception {
        writeDigits(dir.resolve("train"), false);
        Files.createDirectories(dir.resolve("val/3"));
        Files.createDirectories(dir.resolve("test/4"));
        Files.move(dir.resolve("train/3/00003.png"), dir.resolve("val/3/00003.png"));
        Files.move(dir.resolve("train/3/00013.png"), dir.resolve("val/3/00013.png"));
        Files.move(dir.resolve("train/4/00004.png"), dir.resolve("test/4/00004.png"));
        PreparedData d = new DatasetCache().get(spec(dir.resolve("train"), 8, 1, dir.resolve("val").toString(),
                dir.resolve("test").toString()), dir);
        assertEquals(1794, d.train().size());
        assertEquals(2, d.validation().size());
        assertEquals(1, d.test().size());
        assertTrue(java.util.Arrays.stream(d.validation().labels()).allMatch(c -> c == 3));
        assertEquals(4, d.test().labels()[0]);
        PreparedData onlyVal = new DatasetCache().get(spec(dir.resolve("train"), 8, 1, dir.resolve("val").toString(),
                null), dir);
        assertEquals(2, onlyVal.validation().size());
        assertEquals(179, onlyVal.test().size(), 2);
    }

    @Test
    void decodedOncePerProcessAndAgainWhenAnImageChanges() throws Exception {
        writeDigits(dir.resolve("d"), false);
        DatasetCache cache = new DatasetCache();
        DatasetSpec s = spec(dir.resolve("d"), 8, 1, null, null);
        PreparedData first = cache.get(s, dir);
        assertSame(first, cache.get(s, dir));
        try (var files = Files.list(dir.resolve("d/9"))) {
            Files.delete(files.sorted().findFirst().orElseThrow());
        }
        PreparedData second = cache.get(s, dir);
        assertNotEquals(first.sha256(), second.sha256());
        assertEquals(1796, second.train().size() + second.validation().size() + second.test().size());
        assertEquals(1, cache.size());
    }

    @Test
    void anUndecodableImageFailsTheLoadWithItsPath() throws Exception {
        writeDigits(dir.resolve("d"), false);
        Path bad = Files.writeString(dir.resolve("d/5/broken.png"), "not a png");
        DatasetException e = assertThrows(DatasetException.class,
                () -> new DatasetCache().get(spec(dir.resolve("d"), 8, 1, null, null), dir));
        assertTrue(e.getMessage().contains(bad + ": cannot decode"), e.getMessage());
    }

    @Test
    void symbolicLinksAreNotFollowed() throws Exception {
        writeDigits(dir.resolve("d"), false);
        Files.createSymbolicLink(dir.resolve("d/5/link.png"), dir.resolve("d/4/00004.png"));
        Files.createSymbolicLink(dir.resolve("d/linked-class"), dir.resolve("d/4"));
        ImageFolder f = new ImageFolderReader(1).read(ImageFolderReader.scan(dir.resolve("d")),
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), 8, 8, 1);
        assertEquals(1797, f.size());
        assertTrue(f.failures().isEmpty(), f.failures().toString());
    }
}
