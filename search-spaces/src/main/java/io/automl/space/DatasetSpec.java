package io.automl.space;

import java.util.Objects;

/**
 * Where the data come from and how they are split and scaled. {@code type} is {@code csv};
 * {@code path} is relative to the directory of the space file unless absolute; {@code normalize}
 * is {@code standardize}, {@code minmax} or {@code none}; {@code limit} caps the number of rows
 * (0: all).
 */
public record DatasetSpec(String type, String path, String label, Split split, String normalize, int limit) {
    public DatasetSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(normalize, "normalize");
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
