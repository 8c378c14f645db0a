package io.automl.eval.data;

import io.automl.space.DatasetSpec;
import io.automl.space.ImageFolders;
import io.automl.space.images.ClassFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes every image of an {@code images} data set's folders (training, validation, test) as training would and
 * reports, per folder, the images per class, the stored sizes found and every file that cannot be used, with the
 * JSON pointer of the folder's field ({@code /dataset/path}, {@code /dataset/validation}, {@code /dataset/test}).
 * Thread-safe.
 */
public final class ImageFolderInspector {
    private final ImageFolderReader reader;

    public ImageFolderInspector(ImageFolderReader reader) {
        this.reader = java.util.Objects.requireNonNull(reader, "reader");
    }

    /** What one folder holds. */
    public record Report(String pointer, Path root, Map<String, Integer> perClass, Map<String, Integer> sizes,
            List<String> failures) {
        public Report {
            perClass = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perClass));
            sizes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sizes));
            failures = List.copyOf(failures);
        }

        /** The number of images in the folder's classes. */
        public int images() {
            return perClass.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Reports on the folders of {@code spec}, an images data set with absolute paths (as parsed with a base
     * directory).
     *
     * @throws DatasetException when a folder cannot be listed
     * @throws InterruptedException when interrupted while decoding
     */
    public List<Report> inspect(DatasetSpec spec) throws InterruptedException {
        ImageFolders img = spec.images();
        if (img == null) {
            throw new IllegalArgumentException("not an images data set: " + spec.type());
        }
        ClassFolders train = ImageFolderReader.scan(Path.of(spec.path()));
        List<String> classes = train.names();
        List<Report> out = new ArrayList<>();
        out.add(report("/dataset/path", train, classes, img));
        if (img.validation() != null) {
            out.add(report("/dataset/validation", ImageFolderReader.scan(Path.of(img.validation())), classes, img));
        }
        if (img.test() != null) {
            out.add(report("/dataset/test", ImageFolderReader.scan(Path.of(img.test())), classes, img));
        }
        return out;
    }

    private Report report(String pointer, ClassFolders folder, List<String> classes, ImageFolders img)
            throws InterruptedException {
        ImageFolder f = reader.read(folder, classes, img.height(), img.width(), img.channels());
        return new Report(pointer, folder.root(), f.perClass(), f.sizes(), f.failures());
    }
}
