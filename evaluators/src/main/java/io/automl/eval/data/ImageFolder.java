package io.automl.eval.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The decoded images of one folder of class subfolders: their files, values (null for an image that failed),
 * class ids, the number of images per class folder, how many images had each stored size and colour (such as
 * {@code 28x28 gray}), the failures (one line per file or class folder, naming its path) and the SHA-256 of the
 * folder's images. The arrays are shared, not copied: treat them as read-only.
 */
public record ImageFolder(Path root, List<Path> files, double[][] values, int[] classIds,
        Map<String, Integer> perClass, Map<String, Integer> sizes, List<String> failures, String sha256) {
    public ImageFolder {
        files = List.copyOf(files);
        perClass = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perClass));
        sizes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sizes));
        failures = List.copyOf(failures);
    }

    /** The number of images listed (decoded or not). */
    public int size() {
        return files.size();
    }

    /** Throws a {@link DatasetException} naming the first failures when there is any. */
    public void requireDecoded() {
        if (failures.isEmpty()) {
            return;
        }
        int shown = Math.min(5, failures.size());
        throw new DatasetException(failures.size() + " image(s) of " + root + " cannot be used: "
                + String.join("; ", failures.subList(0, shown)) + (failures.size() > shown ? "; ..." : ""));
    }
}
