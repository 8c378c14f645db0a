package io.automl.eval.data;

import java.util.List;
import java.util.Objects;

/**
 * Parsed rows: feature names, the label column, class names (index = class id), features row by row
 * and the class id of each row. The arrays are copied on the way in and out, so an instance is
 * immutable and thread-safe.
 */
public final class LabeledRows {
    private final List<String> featureNames;
    private final String labelColumn;
    private final List<String> labelNames;
    private final double[][] features;
    private final int[] labels;

    public LabeledRows(List<String> featureNames, String labelColumn, List<String> labelNames, double[][] features,
            int[] labels) {
        this.featureNames = List.copyOf(featureNames);
        this.labelColumn = Objects.requireNonNull(labelColumn, "labelColumn");
        this.labelNames = List.copyOf(labelNames);
        if (features.length != labels.length) {
            throw new IllegalArgumentException("features has " + features.length + " rows, labels " + labels.length);
        }
        this.features = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != this.featureNames.size()) {
                throw new IllegalArgumentException("features row " + i + " has " + features[i].length + " values");
            }
            this.features[i] = features[i].clone();
        }
        this.labels = labels.clone();
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public String labelColumn() {
        return labelColumn;
    }

    public List<String> labelNames() {
        return labelNames;
    }

    public int size() {
        return labels.length;
    }

    /** The features of the given rows, in the given order (a fresh array). */
    public double[][] features(int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = features[rows[i]].clone();
        }
        return out;
    }

    /** The class ids of the given rows, in the given order (a fresh array). */
    public int[] labels(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]];
        }
        return out;
    }

    /** The class ids of every row (a fresh array). */
    public int[] labels() {
        return labels.clone();
    }
}
