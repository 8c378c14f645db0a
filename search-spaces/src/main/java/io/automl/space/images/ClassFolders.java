package io.automl.space.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The listing of a folder of class subfolders: each subfolder (sorted by name; names starting with {@code .}
 * skipped) is a class, and its image files, at any depth below it, are that class's images, sorted by path. Image
 * files are regular files named {@code .png}, {@code .jpg}, {@code .jpeg}, {@code .bmp} or {@code .gif} (any
 * case); other files are not listed. Symbolic links are never followed (a link to a file or folder is not listed),
 * so a listing stays inside the folder. {@code looseImages} counts image files lying directly in the folder, outside
 * any class. Immutable.
 */
public record ClassFolders(Path root, Map<String, List<Path>> classes, int looseImages) {
    /** The file name endings read as images. */
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    public ClassFolders {
        java.util.Objects.requireNonNull(root, "root");
        Map<String, List<Path>> copy = new LinkedHashMap<>();
        classes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        classes = java.util.Collections.unmodifiableMap(copy);
    }

    /** Whether {@code file}'s name ends in one of {@link #EXTENSIONS}. */
    public static boolean isImageName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /**
     * Lists {@code root}, which must be a folder.
     *
     * @throws UncheckedIOException when the folder or one below it cannot be read
     */
    public static ClassFolders scan(Path root) {
        Map<String, List<Path>> classes = new LinkedHashMap<>();
        int loose = 0;
        try (Stream<Path> entries = Files.list(root)) {
            List<Path> sorted = entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            for (Path p : sorted) {
                String name = p.getFileName().toString();
                if (Files.isSymbolicLink(p) || name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    classes.put(name, images(p));
                } else if (Files.isRegularFile(p) && isImageName(p)) {
                    loose++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot list: " + e.getMessage(), e);
        }
        return new ClassFolders(root, classes, loose);
    }

    private static List<Path> images(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) { // does not follow links
            walk.filter(p -> !Files.isSymbolicLink(p) && Files.isRegularFile(p) && isImageName(p)).forEach(out::add);
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    /** The class names in order (a class id is an index into this list). */
    public List<String> names() {
        return List.copyOf(classes.keySet());
    }

    /** The number of images in all classes. */
    public int imageCount() {
        return classes.values().stream().mapToInt(List::size).sum();
    }
}
