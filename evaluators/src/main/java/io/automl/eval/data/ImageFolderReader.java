package io.automl.eval.data;

import io.automl.space.images.ClassFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decodes every image of a folder of class subfolders ({@link ClassFolders}) on {@code threads} threads with
 * {@link ImageDecoder}. A file that cannot be read or decoded is not skipped: it is listed in
 * {@link ImageFolder#failures()} with its path, and loaders refuse a folder with any failure. The SHA-256 of the
 * folder is computed over each image's class, path relative to the folder and content, in listing order.
 * Thread-safe; each call uses its own threads, stopped before it returns.
 */
public final class ImageFolderReader {
    private final ImageDecoder decoder = new ImageDecoder();
    private final int threads;

    /** A reader decoding on {@code threads} threads (at least 1). */
    public ImageFolderReader(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.threads = threads;
    }

    /** A reader decoding on as many threads as the process has processors. */
    public ImageFolderReader() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * The decoded images of {@code folder}.
     *
     * @param classNames class names in id order (those of the training folder); a class folder of another name
     *        is a failure
     * @throws InterruptedException when interrupted while decoding
     */
    public ImageFolder read(ClassFolders folder, List<String> classNames, int height, int width, int channels)
            throws InterruptedException {
        List<Path> files = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> perClass = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<Path>> c : folder.classes().entrySet()) {
            int id = classNames.indexOf(c.getKey());
            perClass.put(c.getKey(), c.getValue().size());
            if (id < 0) {
                failures.add(folder.root().resolve(c.getKey()) + ": class folder '" + c.getKey()
                        + "' is not one of the classes " + classNames);
                continue;
            }
            for (Path f : c.getValue()) {
                files.add(f);
                ids.add(id);
            }
        }
        int n = files.size();
        double[][] x = new double[n][];
        byte[][] digests = new byte[n][];
        Map<String, Integer> sizes = new TreeMap<>();
        String[] errors = new String[n];
        String[] describe = new String[n];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, n)), r -> {
            Thread t = new Thread(r, "image-decoder");
            t.setDaemon(true);
            return t;
        });
        try {
            int chunk = Math.max(1, Math.min(256, n / (threads * 8) + 1));
            List<Future<?>> parts = new ArrayList<>();
            for (int start = 0; start < n; start += chunk) {
                int from = start;
                int to = Math.min(n, start + chunk);
                parts.add(pool.submit(() -> {
                    MessageDigest md = sha256();
                    for (int i = from; i < to && !Thread.currentThread().isInterrupted(); i++) {
                        try {
                            byte[] bytes = Files.readAllBytes(files.get(i));
                            digests[i] = md.digest(bytes);
                            ImageDecoder.Decoded d = decoder.decode(bytes, height, width, channels);
                            x[i] = d.values();
                            describe[i] = d.describe();
                        } catch (IOException e) {
                            errors[i] = files.get(i) + ": cannot decode: " + e.getMessage();
                        }
                    }
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new DatasetException(folder.root() + ": cannot read images: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        MessageDigest all = sha256();
        for (int i = 0; i < n; i++) {
            if (errors[i] != null) {
                failures.add(errors[i]);
                continue;
            }
            sizes.merge(describe[i], 1, Integer::sum);
            all.update((classNames.get(ids.get(i)) + "/" + folder.root().relativize(files.get(i)) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.update(digests[i]);
        }
        int[] y = ids.stream().mapToInt(Integer::intValue).toArray();
        return new ImageFolder(folder.root(), files, x, y, perClass, sizes, failures,
                java.util.HexFormat.of().formatHex(all.digest()));
    }

    /** Lists {@code root} as in {@link ClassFolders#scan}, as a {@link DatasetException} when it cannot. */
    public static ClassFolders scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new DatasetException("image folder not found: " + root);
        }
        try {
            return ClassFolders.scan(root);
        } catch (UncheckedIOException e) {
            throw new DatasetException(e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
