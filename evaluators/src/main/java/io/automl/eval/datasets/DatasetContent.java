package io.automl.eval.datasets;

import io.automl.eval.data.CsvReader;
import io.automl.eval.data.CsvTable;
import io.automl.eval.data.DatasetException;
import io.automl.eval.data.IdxReader;
import io.automl.eval.data.LabeledRows;
import io.automl.space.images.ClassFolders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Recognises what an upload holds and lays it out in its content folder: a zip (by its first bytes) is unpacked
 * safely and must hold either an IDX image file and its label file (two files, gzip or plain) or class folders of
 * images (directly, or inside one top folder); anything else must be a CSV file with a header row, stored as
 * {@code data.csv}. Stateless and thread-safe.
 */
final class DatasetContent {
    private final SafeUnzip unzip;
    private final CsvReader csv = new CsvReader();

    DatasetContent(SafeUnzip unzip) {
        this.unzip = unzip;
    }

    /** What a content folder holds. */
    record Found(String type, Path path, Path labels, long rows, List<String> columns, Map<String, Integer> perClass,
            List<List<String>> head) {
    }

    /** Lays {@code upload} out in the new folder {@code dir}. */
    void place(Path upload, Path dir) throws IOException {
        if (isZip(upload)) {
            unzip.unpack(upload, dir);
            return;
        }
        Files.createDirectory(dir);
        Files.copy(upload, dir.resolve("data.csv"));
    }

    /** What {@code dir} holds; a refusal when it is no data set. */
    Found describe(Path dir) throws IOException {
        Path data = dir.resolve("data.csv");
        if (Files.isRegularFile(data)) {
            try {
                CsvTable t = csv.read(data);
                if (t.columns().size() < 2 || t.rows().isEmpty()) {
                    throw invalid("a CSV data set needs a header row of at least two columns and one data row");
                }
                return new Found("csv", data, null, t.rows().size(), t.columns(), null,
                        t.rows().subList(0, Math.min(NamedDataset.HEAD_ROWS, t.rows().size())));
            } catch (DatasetException e) {
                throw invalid("not a CSV file, a zip of class folders or a zip of an IDX pair: " + e.getMessage());
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> !Files.isSymbolicLink(p) && Files.isRegularFile(p)).sorted().toList();
        }
        List<Path> idxImages = files.stream().filter(IdxReader::isIdxImages).toList();
        if (files.size() == 2 && idxImages.size() == 1) {
            Path images = idxImages.get(0);
            Path labels = files.get(0).equals(images) ? files.get(1) : files.get(0);
            try {
                LabeledRows rows = new IdxReader().read(images, labels);
                Map<String, Integer> perClass = new LinkedHashMap<>();
                for (int y : rows.labels()) {
                    perClass.merge(rows.labelNames().get(y), 1, Integer::sum);
                }
                return new Found("idx", images, labels, rows.size(), null, perClass, null);
            } catch (DatasetException e) {
                throw invalid("an IDX pair that cannot be read: " + e.getMessage().replace(dir.toString(), ""));
            }
        }
        Path classes = classRoot(dir);
        ClassFolders f = ClassFolders.scan(classes);
        Map<String, Integer> perClass = new LinkedHashMap<>();
        f.classes().forEach((k, v) -> perClass.put(k, v.size()));
        if (f.classes().size() < 2 || perClass.containsValue(0)) {
            throw invalid("the zip holds neither class folders of images (at least two folders, each with a PNG,"
                    + " JPEG, BMP or GIF image) nor an IDX image file and its label file; found " + perClass);
        }
        return new Found("images", classes, null, f.imageCount(), null, perClass, null);
    }

    /** The folder of class folders: {@code dir}, or its only folder when it holds nothing else. */
    private static Path classRoot(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> all = entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0)) && !Files.isSymbolicLink(all.get(0))) {
                ClassFolders inner = ClassFolders.scan(all.get(0));
                if (inner.classes().size() >= 2) {
                    return all.get(0);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        }
    }

    private static DatasetStoreException invalid(String message) {
        return new DatasetStoreException(DatasetStoreException.Kind.INVALID, message);
    }
}
