package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.automl.space.DatasetSpec;
import io.automl.space.Task;
import io.automl.space.csv.CsvRecords;
import io.automl.space.policy.Policy;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code dataset}: {@code {"type": "csv" (default), "path" (required), "label" (default "label"),
 * "task": "classification" (default) | "regression", "exclude": [columns], "split": {"validation": 0.2,
 * "test": 0.2, "seed": 0}, "normalize": "standardize" (default), "normalizeTarget": "standardize" (regression
 * only; default) | "none", "limit": 0}}; an IDX data set names {@code "images"} and {@code "labels"} files (gzip
 * or plain) instead of {@code path} and {@code label}, and is always a classification task. An {@code images}
 * data set names a folder of class subfolders as {@code path}, the size every image is resized to
 * ({@code height}, {@code width}: required) and {@code channels} (1, the default, or 3), and optional
 * {@code validation} and {@code test} folders laid out the same way (see {@link ImageFolderCheck}).
 * When a base directory is known, a relative path is resolved against it and the result stored as an
 * absolute path; when files are required, a path that names no readable file is an error. When the CSV file can
 * be read, {@code label} and every {@code exclude}d column must be among its header's columns. Not thread-safe.
 */
final class DatasetReader {
    private static final Set<String> FIELDS = Set.of("type", "path", "label", "split", "normalize", "limit",
            "images", "labels", "task", "exclude", "normalizeTarget", "height", "width", "channels", "validation",
            "test");
    private static final java.util.List<String> IMAGE_FIELDS = List.of("height", "width", "channels", "validation",
            "test");
    private static final Set<String> SPLIT_FIELDS = Set.of("validation", "test", "seed");
    /** The longest header read to check column names, in characters; a longer first record is not checked. */
    static final int MAX_HEADER_CHARS = 64 * 1024;

    private final CsvRecords csv = new CsvRecords();

    private final Errors errors;
    private final Path baseDirectory;
    private final boolean requireFile;
    private final Policy policy;

    /**
     * {@code baseDirectory} may be null (paths are kept as written and relative ones are not checked); every
     * path is checked against {@code policy}'s data folders before a file is looked at.
     */
    DatasetReader(Errors errors, Path baseDirectory, boolean requireFile, Policy policy) {
        this.errors = errors;
        this.baseDirectory = baseDirectory;
        this.requireFile = requireFile;
        this.policy = policy;
    }

    /** The data set, or null after reporting problems. */
    DatasetSpec read(JsonNode node, String pointer) {
        int mark = errors.mark();
        Obj o = Obj.open(node, pointer, errors, FIELDS);
        if (o == null) {
            return null;
        }
        String type = o.string("type", "csv", Vocabulary.DATASET_TYPES);
        if (DatasetSpec.IMAGES.equals(type)) {
            return images(o, mark);
        }
        for (String f : IMAGE_FIELDS) {
            if (o.has(f)) {
                errors.add(o.pointer(f), "'" + f + "' applies to images data sets only", o.get(f));
            }
        }
        boolean idx = "idx".equals(type);
        String path = o.string(idx ? "images" : "path", null, null);
        if (path != null) {
            path = resolve(path, o.pointer(idx ? "images" : "path"), o.get(idx ? "images" : "path"));
        }
        String labels = null;
        if (idx) {
            labels = o.string("labels", null, null);
            if (labels != null) {
                labels = resolve(labels, o.pointer("labels"), o.get("labels"));
            }
            for (String f : List.of("path", "label")) {
                if (o.has(f)) {
                    errors.add(o.pointer(f), "an idx data set takes 'images' and 'labels' instead of '" + f + "'",
                            o.get(f));
                }
            }
        } else if (o.has("images") || o.has("labels")) {
            String f = o.has("images") ? "images" : "labels";
            errors.add(o.pointer(f), "'" + f + "' applies to idx data sets only", o.get(f));
        }
        String label = o.string("label", "label", null);
        Task task = Task.named(o.string("task", "classification", Vocabulary.TASKS)).orElse(Task.CLASSIFICATION);
        if (idx && task == Task.REGRESSION) {
            errors.add(o.pointer("task"), "an idx data set holds class labels; regression needs a csv data set",
                    o.get("task"));
        }
        String normalizeTarget = "none";
        if (task == Task.REGRESSION) {
            normalizeTarget = o.string("normalizeTarget", "standardize", Vocabulary.TARGET_SCALING);
        } else if (o.has("normalizeTarget")) {
            errors.add(o.pointer("normalizeTarget"), "normalizeTarget applies to regression data sets only "
                    + "(\"task\": \"regression\")", o.get("normalizeTarget"));
        }
        List<String> exclude = exclude(o, label, idx);
        if (!idx && path != null && label != null && errors.mark() == mark) {
            checkColumns(o, path, label, exclude);
        }
        DatasetSpec.Split split = o.has("split") ? split(o.get("split"), o.pointer("split"))
                : new DatasetSpec.Split(0.2, 0.2, 0);
        String normalize = o.string("normalize", "standardize", Vocabulary.NORMALIZE);
        Integer limit = o.integer("limit", 0, 0, Integer.MAX_VALUE);
        return errors.mark() == mark ? new DatasetSpec(type, path, label, split, normalize, limit, labels, task,
                exclude, normalizeTarget) : null;
    }

    /** An images data set: a folder of class subfolders, the image size and optional validation/test folders. */
    private DatasetSpec images(Obj o, int mark) {
        for (String f : List.of("images", "labels", "label", "task", "exclude", "normalizeTarget")) {
            if (o.has(f)) {
                errors.add(o.pointer(f), "'" + f + "' does not apply to an images data set (the class of an image is"
                        + " the name of its folder)", o.get(f));
            }
        }
        String path = folder(o, "path", true);
        String validation = folder(o, "validation", false);
        String test = folder(o, "test", false);
        Integer height = o.integer("height", null, 1, io.automl.space.ImageFolders.MAX_SIDE);
        Integer width = o.integer("width", null, 1, io.automl.space.ImageFolders.MAX_SIDE);
        Integer channels = o.integer("channels", 1, 1, 3);
        if (channels != null && channels == 2) {
            errors.add(o.pointer("channels"), "channels must be 1 (gray) or 3 (RGB)", o.get("channels"));
        }
        DatasetSpec.Split split = o.has("split") ? split(o.get("split"), o.pointer("split"))
                : new DatasetSpec.Split(0.2, 0.2, 0);
        String normalize = o.string("normalize", "standardize", Vocabulary.NORMALIZE);
        Integer limit = o.integer("limit", 0, 0, Integer.MAX_VALUE);
        if (errors.mark() != mark) {
            return null;
        }
        new ImageFolderCheck(errors, policy).check(o, path, validation, test);
        return errors.mark() == mark ? DatasetSpec.images(path, new io.automl.space.ImageFolders(height, width,
                channels, validation, test), split, normalize, limit) : null;
    }

    /** A folder field resolved like a file path; null when absent (an error when {@code required}) or bad. */
    private String folder(Obj o, String field, boolean required) {
        if (!o.has(field)) {
            if (required) {
                o.missing(field);
            }
            return null;
        }
        String text = o.string(field, null, null);
        return text == null ? null : resolve(text, o.pointer(field), o.get(field), true);
    }

    private List<String> exclude(Obj o, String label, boolean idx) {
        JsonNode node = o.get("exclude");
        if (node == null) {
            return List.of();
        }
        String pointer = o.pointer("exclude");
        if (idx) {
            errors.add(pointer, "'exclude' applies to csv data sets only", node);
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(pointer, "exclude must be an array of column names", node);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode c = node.get(i);
            String at = pointer + "/" + i;
            if (!c.isTextual() || c.textValue().isBlank()) {
                errors.add(at, "expected a non-empty column name, got " + Json.typeName(c), c);
            } else if (out.contains(c.textValue())) {
                errors.add(at, "column '" + c.textValue() + "' is listed twice", c);
            } else if (c.textValue().equals(label)) {
                errors.add(at, "the label column '" + label + "' cannot be excluded", c);
            } else {
                out.add(c.textValue());
            }
        }
        return out;
    }

    /** Checks label and excluded columns against the CSV header when the file can be read. */
    private void checkColumns(Obj o, String path, String label, List<String> exclude) {
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            return;
        }
        if (!file.isAbsolute() || !policy.permits(file) || !Files.isRegularFile(file)) {
            return;
        }
        Optional<List<String>> header = csv.header(file, MAX_HEADER_CHARS);
        if (header.isEmpty()) {
            return;
        }
        List<String> columns = header.get();
        String found = "; columns of " + file.getFileName() + ": " + String.join(", ", columns);
        if (!columns.contains(label)) {
            errors.add(o.pointer("label"), "no column '" + label + "'" + found, o.get("label"));
        }
        JsonNode listed = o.get("exclude");
        for (int i = 0; listed != null && i < listed.size(); i++) {
            String name = listed.get(i).asText();
            if (exclude.contains(name) && !columns.contains(name)) {
                errors.add(o.pointer("exclude") + "/" + i, "no column '" + name + "'" + found, listed.get(i));
            }
        }
    }

    private String resolve(String path, String pointer, JsonNode value) {
        return resolve(path, pointer, value, false);
    }

    private String resolve(String path, String pointer, JsonNode value, boolean directory) {
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            errors.add(pointer, "not a valid file path: " + e.getReason(), value);
            return null;
        }
        if (!p.isAbsolute() && baseDirectory == null) {
            if (policy.pathsRestricted()) {
                errors.add(pointer, policy.outsideRoots(), value);
                return null;
            }
            return path;
        }
        Path resolved = (p.isAbsolute() ? p : baseDirectory.resolve(p)).toAbsolutePath().normalize();
        if (!policy.permits(resolved)) { // before any look at the file: same answer whether or not it exists
            errors.add(pointer, policy.outsideRoots(), value);
            return null;
        }
        if (requireFile && !directory && !Files.isRegularFile(resolved)) {
            errors.add(pointer, "no such file: " + resolved, value);
            return null;
        }
        if (requireFile && directory && !Files.isDirectory(resolved)) {
            errors.add(pointer, "no such folder: " + resolved, value);
            return null;
        }
        return resolved.toString();
    }

    private DatasetSpec.Split split(JsonNode node, String pointer) {
        Obj o = Obj.open(node, pointer, errors, SPLIT_FIELDS);
        if (o == null) {
            return null;
        }
        Double validation = o.number("validation", 0.2, 0, 1, true);
        Double test = o.number("test", 0.2, 0, 1, true);
        Long seed = o.longValue("seed", 0L);
        if (validation != null && validation <= 0) {
            errors.add(o.pointer("validation"), "validation must be > 0", o.get("validation"));
            return null;
        }
        if (validation != null && test != null && validation + test >= 1) {
            errors.add(pointer, "validation + test must be < 1 so that rows remain for training", node);
            return null;
        }
        return validation == null || test == null || seed == null ? null : new DatasetSpec.Split(validation, test, seed);
    }
}
