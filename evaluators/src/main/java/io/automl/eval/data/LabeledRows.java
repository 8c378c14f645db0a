package io.automl.eval.data;

import java.util.List;
import java.util.Objects;

/**
 * Parsed rows: feature names, the label column, and row by row the features and either the class id
 * (classification: class names index the ids) or the numeric target (regression: no class names, every class id
 * 0). The arrays are copied on the way in and out, so an instance is immutable and thread-safe.
 */
public final class LabeledRows {
    private final List<String> featureNames;
    private final String labelColumn;
    private final List<String> labelNames;
    private final double[][] features;
    private final int[] labels;
    private final double[] targets;

    /** Classification rows: class id {@code labels[i]} of row {@code i} indexes {@code labelNames}. */
    public LabeledRows(List<String> featureNames, String labelColumn, List<String> labelNames, double[][] features,
            int[] labels) {
        this(featureNames, labelColumn, labelNames, features, labels, null);
    }

    private LabeledRows(List<String> featureNames, String labelColumn, List<String> labelNames, double[][] features,
            int[] labels, double[] targets) {
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
        this.targets = targets == null ? null : targets.clone();
    }

    /** Regression rows: {@code targets[i]} is the value of {@code targetColumn} in row {@code i}. */
    public static LabeledRows regression(List<String> featureNames, String targetColumn, double[][] features,
            double[] targets) {
        if (features.length != targets.length) {
            throw new IllegalArgumentException("features has " + features.length + " rows, targets " + targets.length);
        }
        return new LabeledRows(featureNames, targetColumn, List.of(), features, new int[targets.length], targets);
    }

    /** Whether the rows carry numeric targets rather than class ids. */
    public boolean regression() {
        return targets != null;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public String labelColumn() {
        return labelColumn;
    }

    /** Class names; empty for regression rows. */
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

    /** The class ids of the given rows, in the given order (a fresh array; all 0 for regression rows). */
    public int[] labels(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]];
        }
        return out;
    }

    /** The class ids of every row (a fresh array; all 0 for regression rows). */
    public int[] labels() {
        return labels.clone();
    }

    /** The targets of the given rows, in the given order (a fresh array). */
    public double[] targets(int[] rows) {
        if (targets == null) {
            throw new IllegalStateException("classification rows have no numeric targets");
        }
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = targets[rows[i]];
        }
        return out;
    }
}
