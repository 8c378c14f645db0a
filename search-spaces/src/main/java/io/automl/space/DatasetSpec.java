package io.automl.space;

import java.util.List;
import java.util.Objects;

/**
 * Where the data come from, what they predict and how they are split and scaled. {@code type} is {@code csv},
 * {@code idx} or {@code images}; {@code path} (the CSV file, the IDX image file, or the folder of class subfolders
 * of images) is relative to the directory of the space file
 * unless absolute; {@code labels} is the IDX label file (null for CSV, whose {@code label} names the label column);
 * {@code normalize} is {@code standardize}, {@code minmax} or {@code none}; {@code limit} caps the number of rows
 * (0: all), keeping classes in proportion for classification. {@code task} says whether the label column holds
 * classes or a numeric target (IDX data sets are always classification); {@code exclude} names CSV columns that
 * are neither features nor the label; {@code normalizeTarget} ({@code standardize} or {@code none}) scales a
 * regression target to zero mean and unit variance for training, predictions being scaled back. {@code images}
 * holds the image size, channels and optional validation and test folders of an {@code images} data set (null for
 * the other types); {@code ref} is the name of the stored data set the space named (null for a data set given by
 * path). Immutable.
 */
public record DatasetSpec(String type, String path, String label, Split split, String normalize, int limit,
        String labels, Task task, List<String> exclude, String normalizeTarget, ImageFolders images, String ref) {
    /** The type name of a data set of image folders. */
    public static final String IMAGES = "images";

    public DatasetSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(normalize, "normalize");
        Objects.requireNonNull(task, "task");
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(normalizeTarget, "normalizeTarget");
        if ("idx".equals(type) && labels == null) {
            throw new IllegalArgumentException("an idx data set needs a labels file");
        }
        if ("idx".equals(type) && (task != Task.CLASSIFICATION || !exclude.isEmpty())) {
            throw new IllegalArgumentException("an idx data set is a classification task without excluded columns");
        }
        if (!normalizeTarget.equals("standardize") && !normalizeTarget.equals("none")) {
            throw new IllegalArgumentException("normalizeTarget must be standardize or none: " + normalizeTarget);
        }
        if (task == Task.CLASSIFICATION && !normalizeTarget.equals("none")) {
            throw new IllegalArgumentException("normalizeTarget applies to regression only");
        }
        if (exclude.contains(label)) {
            throw new IllegalArgumentException("the label column '" + label + "' cannot be excluded");
        }
        if (IMAGES.equals(type) != (images != null)) {
            throw new IllegalArgumentException("image settings go with type images and only with it: " + type);
        }
        if (IMAGES.equals(type) && (task != Task.CLASSIFICATION || !exclude.isEmpty() || labels != null)) {
            throw new IllegalArgumentException("an images data set is a classification task of class folders");
        }
    }

    /** A data set without image settings (csv or idx). */
    public DatasetSpec(String type, String path, String label, Split split, String normalize, int limit,
            String labels, Task task, List<String> exclude, String normalizeTarget) {
        this(type, path, label, split, normalize, limit, labels, task, exclude, normalizeTarget, null, null);
    }

    /** A data set not named by ref. */
    public DatasetSpec(String type, String path, String label, Split split, String normalize, int limit,
            String labels, Task task, List<String> exclude, String normalizeTarget, ImageFolders images) {
        this(type, path, label, split, normalize, limit, labels, task, exclude, normalizeTarget, images, null);
    }

    /** This data set as named {@code ref}. */
    public DatasetSpec withRef(String ref) {
        return new DatasetSpec(type, path, label, split, normalize, limit, labels, task, exclude, normalizeTarget,
                images, ref);
    }

    /** A data set of images in class subfolders of the folder {@code path}; the label column is {@code label}. */
    public static DatasetSpec images(String path, ImageFolders images, Split split, String normalize, int limit) {
        return new DatasetSpec(IMAGES, path, "label", split, normalize, limit, null, Task.CLASSIFICATION, List.of(),
                "none", images);
    }

    /** Every file or folder this data set reads: the path, the IDX label file, the validation and test folders. */
    public List<String> paths() {
        List<String> out = new java.util.ArrayList<>();
        out.add(path);
        if (labels != null) {
            out.add(labels);
        }
        if (images != null && images.validation() != null) {
            out.add(images.validation());
        }
        if (images != null && images.test() != null) {
            out.add(images.test());
        }
        return List.copyOf(out);
    }

    /** A classification data set (CSV, or IDX with its label file). */
    public DatasetSpec(String type, String path, String label, Split split, String normalize, int limit,
            String labels) {
        this(type, path, label, split, normalize, limit, labels, Task.CLASSIFICATION, List.of(), "none");
    }

    /** A CSV classification data set. */
    public DatasetSpec(String type, String path, String label, Split split, String normalize, int limit) {
        this(type, path, label, split, normalize, limit, null);
    }

    /** A CSV regression data set predicting the numeric column {@code target}, without {@code exclude}d columns. */
    public static DatasetSpec regression(String path, String target, List<String> exclude, Split split,
            String normalize, String normalizeTarget) {
        return new DatasetSpec("csv", path, target, split, normalize, 0, null, Task.REGRESSION, exclude,
                normalizeTarget);
    }

    /** Whether the label column holds a numeric target. */
    public boolean regression() {
        return task == Task.REGRESSION;
    }

    /** Train/validation/test split: fractions of the rows for validation and test, and the shuffle seed. */
    public record Split(double validation, double test, long seed) {
        public Split {
            if (validation <= 0 || test < 0 || validation + test >= 1) {
                throw new IllegalArgumentException("need 0 < validation, 0 <= test, validation + test < 1");
            }
        }
    }
}
