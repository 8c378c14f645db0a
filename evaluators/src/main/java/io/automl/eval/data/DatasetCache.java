package io.automl.eval.data;

import io.automl.space.DatasetSpec;
import io.automl.space.Task;
import java.util.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Shares prepared data sets between trials: one load per (absolute path, modification time, size (for an image
 * folder: a fingerprint of the listing of its folders, see {@link ImageFingerprint}),
 * label column, split, normalization, row limit, task, excluded columns, target scaling). Create one per
 * process and inject it into every evaluator. Thread-safe: concurrent requests for the same key wait for a single load; a failed load
 * is not cached, and a changed file (new modification time or size) is loaded afresh, replacing the
 * old entry.
 */
public final class DatasetCache {
    private final DatasetLoader loader;
    private final Map<Key, CompletableFuture<PreparedData>> entries = new ConcurrentHashMap<>();

    /** A cache decoding image folders on as many threads as there are processors. */
    public DatasetCache() {
        this(new ImageFolderReader());
    }

    /** A cache decoding image folders with {@code imageReader}. */
    public DatasetCache(ImageFolderReader imageReader) {
        this.loader = new DatasetLoader(java.util.Objects.requireNonNull(imageReader, "imageReader"));
    }

    /**
     * For an images data set {@code modified} and {@code size} are a fingerprint of its folders' listing (every
     * image's path, size and modification time) and their number of files.
     */
    private record Key(Path path, long modified, long size, String label, DatasetSpec.Split split, String normalize,
            int limit, String type, Path labels, Task task, List<String> exclude, String normalizeTarget,
            io.automl.space.ImageFolders images) {
    }

    /**
     * The prepared data for {@code spec}, whose relative path resolves against {@code baseDir}.
     *
     * @throws DatasetException on any problem with the file or its contents
     * @throws InterruptedException when interrupted while waiting for another thread's load
     */
    public PreparedData get(DatasetSpec spec, Path baseDir) throws InterruptedException {
        Path file = baseDir.resolve(spec.path()).toAbsolutePath().normalize();
        Path labels = spec.labels() == null ? null : baseDir.resolve(spec.labels()).toAbsolutePath().normalize();
        Key key = key(file, labels, spec);
        CompletableFuture<PreparedData> mine = new CompletableFuture<>();
        CompletableFuture<PreparedData> existing = entries.putIfAbsent(key, mine);
        if (existing == null) {
            entries.keySet().removeIf(k -> k.path().equals(file) && !k.equals(key));
            try {
                mine.complete(loader.load(file, labels, spec));
            } catch (RuntimeException e) {
                entries.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            } catch (InterruptedException e) {
                entries.remove(key, mine);
                mine.completeExceptionally(new DatasetException("loading " + file + " was interrupted", e));
                throw e;
            }
            return mine.join();
        }
        try {
            return existing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw new DatasetException(re.getMessage(), re);
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Number of data sets held (for monitoring). */
    public int size() {
        return entries.size();
    }

    private static Key key(Path file, Path labels, DatasetSpec spec) {
        if (spec.images() != null) {
            ImageFingerprint f = ImageFingerprint.of(file, spec.images());
            return new Key(file, f.hash(), f.files(), spec.label(), spec.split(), spec.normalize(), spec.limit(),
                    spec.type(), null, spec.task(), spec.exclude(), spec.normalizeTarget(), spec.images());
        }
        if (!Files.isRegularFile(file)) {
            throw new DatasetException("data file not found: " + file);
        }
        if (labels != null && !Files.isRegularFile(labels)) {
            throw new DatasetException("label file not found: " + labels);
        }
        try {
            return new Key(file, Files.getLastModifiedTime(file).toMillis(), Files.size(file), spec.label(),
                    spec.split(), spec.normalize(), spec.limit(), spec.type(), labels, spec.task(), spec.exclude(),
                    spec.normalizeTarget(), null);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
