package io.automl.eval.data;

import io.automl.space.ImageFolders;
import io.automl.space.images.ClassFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A cheap fingerprint of an images data set's folders: a 64-bit hash over every listed image's path, size and
 * modification time (read from the file system, no image opened) and the number of images, so that a cache notices
 * an added, removed or rewritten image. Immutable.
 */
record ImageFingerprint(long hash, long files) {

    static ImageFingerprint of(Path root, ImageFolders images) {
        List<Path> roots = new ArrayList<>();
        roots.add(root);
        if (images.validation() != null) {
            roots.add(Path.of(images.validation()));
        }
        if (images.test() != null) {
            roots.add(Path.of(images.test()));
        }
        CRC32C low = new CRC32C();
        long high = 1125899906842597L;
        long count = 0;
        for (Path r : roots) {
            ClassFolders folder = ImageFolderReader.scan(r);
            for (List<Path> files : folder.classes().values()) {
                for (Path f : files) {
                    String line;
                    try {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        line = f + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis() + "\n";
                    } catch (IOException e) {
                        throw new DatasetException(f + ": cannot read: " + e.getMessage(), e);
                    }
                    byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    low.update(b);
                    high = 31 * high + line.hashCode();
                    count++;
                }
            }
        }
        return new ImageFingerprint(high ^ (low.getValue() << 32), count);
    }
}
