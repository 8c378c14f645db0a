package io.automl.space;

import java.util.List;
import java.util.Objects;

/**
 * Where the data come from, what they predict and how they are split and scaled. {@code type} is {@code csv} or
 * {@code idx}; {@code path} (the CSV file, or the IDX image file) is relative to the directory of the space file
 * unless absolute; {@code labels} is the IDX label file (null for CSV, whose {@code label} names the label column);
 * {@code normalize} is {@code standardize}, {@code minmax} or {@code none}; {@code limit} caps the number of rows
 * (0: all), keeping classes in proportion for classification. {@code task} says whether the label column holds
 * classes or a numeric target (IDX data sets are always classification); {@code exclude} names CSV columns that
 * are neither features nor the label; {@code normalizeTarget} ({@code standardize} or {@code none}) scales a
 * regression target to zero mean and unit variance for training, predictions being scaled back. Immutable.
 */
public record DatasetSpec(String type, String path, String label, Split split, String normalize, int limit,
        String labels, Task task, List<String> exclude, String normalizeTarget) {
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
