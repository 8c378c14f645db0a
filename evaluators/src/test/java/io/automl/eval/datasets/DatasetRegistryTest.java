package io.automl.eval.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.automl.eval.data.ImageFolderDataTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named data sets: CSV and zip uploads stored by hash, and zips that are refused with nothing left behind. */
public class DatasetRegistryTest {
    @TempDir
    Path dir;

    private DatasetRegistry registry(DatasetLimits limits) {
        return new DatasetRegistry(dir.resolve("data/datasets"), limits, new ObjectMapper(), Clock.systemUTC());
    }

    /** A zip of {@code folder}'s files, entries named relative to it under {@code prefix}. */
    public static byte[] zip(Path folder, String prefix) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(prefix + folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip holding {@code name} (any text, unchecked) with a few bytes. */
    public static byte[] zipWithEntry(String name) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
            z.putArchiveEntry(new ZipArchiveEntry("ok/a.png"));
            z.write(new byte[] {1});
            z.closeArchiveEntry();
            z.putArchiveEntry(new ZipArchiveEntry(name));
            z.write("pwned".getBytes());
            z.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private void assertNothingLeft() throws Exception {
        Path incoming = dir.resolve("data/datasets/incoming");
        try (Stream<Path> s = Files.exists(incoming) ? Files.list(incoming) : Stream.empty()) {
            assertEquals(List.of(), s.toList());
        }
        Path content = dir.resolve("data/datasets/content");
        try (Stream<Path> s = Files.exists(content) ? Files.list(content) : Stream.empty()) {
            assertEquals(0, s.count());
        }
        try (Stream<Path> s = Files.walk(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().equals("evil.txt")), "nothing escaped");
        }
    }

    @Test
    void aCsvAndAZipOfClassFoldersAreStoredByHashAndListed() throws Exception {
        DatasetRegistry r = registry(DatasetLimits.defaults());
        NamedDataset csv = r.add("digits", Files.newInputStream(ImageFolderDataTest.DIGITS));
        assertEquals("csv", csv.type());
        assertEquals(1797, csv.rows());
        assertEquals(65, csv.columns().size());
        assertEquals(Files.size(ImageFolderDataTest.DIGITS), csv.bytes());
        assertTrue(csv.path().endsWith("content/" + csv.sha256() + "/data.csv"), csv.path());
        ImageFolderDataTest.writeDigits(dir.resolve("png"), false);
        NamedDataset img = r.add("digit-png", new ByteArrayInputStream(zip(dir.resolve("png"), "digits/")));
        assertEquals("images", img.type());
        assertEquals(1797, img.rows());
        assertEquals(178, img.perClass().get("0"));
        assertTrue(img.path().endsWith("/digits"), img.path());
        assertEquals(List.of("digit-png", "digits"), r.list().stream().map(NamedDataset::name).toList());
        assertEquals(img, r.get("digit-png").orElseThrow());
        DatasetStoreException twice = assertThrows(DatasetStoreException.class,
                () -> r.add("digits", Files.newInputStream(ImageFolderDataTest.DIGITS)));
        assertEquals(DatasetStoreException.Kind.CONFLICT, twice.kind());
        NamedDataset same = r.add("digits-again", Files.newInputStream(ImageFolderDataTest.DIGITS));
        assertEquals(csv.path(), same.path(), "one copy per content");
        r.remove("digits");
        assertTrue(Files.exists(Path.of(csv.path())), "still named digits-again");
        r.remove("digits-again");
        assertFalse(Files.exists(Path.of(csv.path())));
        assertEquals(DatasetStoreException.Kind.NOT_FOUND,
                assertThrows(DatasetStoreException.class, () -> r.remove("digits")).kind());
    }

    @Test
    void tooLargeUploadsAndBadNamesAreRefusedWithNothingLeft() throws Exception {
        DatasetRegistry r = registry(DatasetLimits.defaults().withMaxUploadBytes(1000));
        DatasetStoreException big = assertThrows(DatasetStoreException.class,
                () -> r.add("digits", Files.newInputStream(ImageFolderDataTest.DIGITS)));
        assertEquals(DatasetStoreException.Kind.TOO_LARGE, big.kind());
        assertEquals(DatasetStoreException.Kind.INVALID, assertThrows(DatasetStoreException.class,
                () -> r.add("../x", new ByteArrayInputStream("a,b\n1,2\n".getBytes()))).kind());
        assertEquals(DatasetStoreException.Kind.INVALID, assertThrows(DatasetStoreException.class,
                () -> r.add("junk", new ByteArrayInputStream(new byte[] {1, 2, 3}))).kind());
        assertNothingLeft();
    }

    @Test
    void zipSlipAbsolutePathsLinksAndBombsAreRefusedNamingTheEntry() throws Exception {
        DatasetRegistry r = registry(new DatasetLimits(1 << 20, 50, 100_000));
        for (String name : List.of("../evil.txt", "a/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt",
                "a\\..\\evil.txt")) {
            DatasetStoreException e = assertThrows(DatasetStoreException.class,
                    () -> r.add("slip", new ByteArrayInputStream(zipWithEntry(name))), name);
            assertEquals(DatasetStoreException.Kind.INVALID, e.kind());
            assertTrue(e.getMessage().matches("zip entry '.*evil\\.txt' refused: .*"), e.getMessage());
        }
        ByteArrayOutputStream link = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(link)) {
            ZipArchiveEntry e = new ZipArchiveEntry("cats/link.png");
            e.setUnixMode(0120777);
            z.putArchiveEntry(e);
            z.write("/etc/passwd".getBytes());
            z.closeArchiveEntry();
        }
        DatasetStoreException l = assertThrows(DatasetStoreException.class,
                () -> r.add("link", new ByteArrayInputStream(link.toByteArray())));
        assertTrue(l.getMessage().contains("zip entry 'cats/link.png' refused: symbolic links"), l.getMessage());
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("a/zeros.png"));
            z.write(new byte[1_000_000]); // deflates to about 1 kB, unpacks past the 100 kB limit
            z.closeEntry();
        }
        assertTrue(bomb.size() < 10_000);
        DatasetStoreException b = assertThrows(DatasetStoreException.class,
                () -> r.add("bomb", new ByteArrayInputStream(bomb.toByteArray())));
        assertEquals(DatasetStoreException.Kind.TOO_LARGE, b.kind());
        assertTrue(b.getMessage().contains("a/zeros.png"), b.getMessage());
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(many)) {
            for (int i = 0; i < 51; i++) {
                z.putNextEntry(new ZipEntry("c" + (i % 2) + "/" + i + ".png"));
                z.closeEntry();
            }
        }
        assertEquals(DatasetStoreException.Kind.TOO_LARGE, assertThrows(DatasetStoreException.class,
                () -> r.add("many", new ByteArrayInputStream(many.toByteArray()))).kind());
        assertNothingLeft();
        assertEquals(List.of(), r.list());
    }

    @Test
    void aZipOfAnIdxPairIsAnIdxDataSet() throws Exception {
        Path idx = java.nio.file.Files.createDirectories(dir.resolve("idx"));
        io.automl.eval.data.IdxDataTest.write(idx.resolve("images.gz"), idx.resolve("labels.gz"), 120, true, 4);
        NamedDataset d = registry(DatasetLimits.defaults()).add("blobs", new ByteArrayInputStream(zip(idx, "")));
        assertEquals("idx", d.type());
        assertEquals(120, d.rows());
        assertTrue(d.path().endsWith("images.gz") && d.labels().endsWith("labels.gz"), d.toString());
        assertEquals(120, d.perClass().values().stream().mapToInt(Integer::intValue).sum());
    }
}
