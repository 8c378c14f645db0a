package io.automl.space;

import java.util.Objects;

/**
 * Where the data come from and how they are split and scaled. {@code type} is {@code csv} or {@code idx};
 * {@code path} (the CSV file, or the IDX image file) is relative to the directory of the space file unless
 * absolute; {@code labels} is the IDX label file (null for CSV, whose {@code label} names the label column);
 * {@code normalize} is {@code standardize}, {@code minmax} or {@code none}; {@code limit} caps the number of rows
 * (0: all), keeping classes in proportion. Immutable.
 */
public record DatasetSpec(String type, String path, String label, Split split, String normalize, int limit,
        String labels) {
    public DatasetSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(normalize, "normalize");
        if ("idx".equals(type) && labels == null) {
            throw new IllegalArgumentException("an idx data set needs a labels file");
        }
    }

    /** A CSV data set. */
    public DatasetSpec(String type, String path, String label, Split split, String normalize, int limit) {
        this(type, path, label, split, normalize, limit, null);
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
