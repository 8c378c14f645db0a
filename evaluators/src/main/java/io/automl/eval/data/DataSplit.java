package io.automl.eval.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One split of a prepared data set: raw features, features after the training split's normalization, the
 * network's training outputs (one-hot labels, or the scaled regression target as one column) and the truth to
 * score against (class ids, or targets in their own units with the {@link TargetScale} that maps predictions
 * back). Shared between trials and threads: the arrays must be treated as read-only (copy before changing
 * them); reading them concurrently is safe.
 */
public final class DataSplit {
    private final INDArray raw;
    private final INDArray features;
    private final INDArray outputs;
    private final int[] labels;
    private final double[] targets;
    private final TargetScale scale;

    /** A classification split. */
    DataSplit(double[][] raw, INDArray normalized, int[] labels, int classes) {
        this.raw = matrix(raw, normalized == null ? 0 : normalized.columns());
        this.features = normalized;
        this.labels = labels.clone();
        this.outputs = oneHot(labels, classes);
        this.targets = null;
        this.scale = null;
    }

    /** A regression split: {@code targets} in their own units, trained on as {@code scale.scale(target)}. */
    DataSplit(double[][] raw, INDArray normalized, double[] targets, TargetScale scale) {
        this.raw = matrix(raw, normalized == null ? 0 : normalized.columns());
        this.features = normalized;
        this.labels = new int[targets.length];
        this.targets = targets.clone();
        this.scale = java.util.Objects.requireNonNull(scale, "scale");
        this.outputs = scaledColumn(targets, scale);
    }

    /**
     * The rows as a float matrix, filled from one flat array: ND4J's {@code create(double[][])} copies row by row
     * into a double buffer before the cast, 5.6 s for 15,000 Fashion-MNIST images where this takes a fraction of a
     * second (BENCHMARKS.md section 7b).
     */
    static INDArray matrix(double[][] rows, int columnsWhenEmpty) {
        if (rows.length == 0) {
            return Nd4j.zeros(DataType.FLOAT, 0, columnsWhenEmpty);
        }
        int columns = rows[0].length;
        float[] flat = new float[Math.multiplyExact(rows.length, columns)];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, row 0 has "
                        + columns);
            }
            for (int j = 0; j < columns; j++) {
                flat[i * columns + j] = (float) rows[i][j];
            }
        }
        return Nd4j.create(flat, new long[] {rows.length, columns}, 'c');
    }

    static INDArray oneHot(int[] labels, int classes) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            y.putScalar(i, labels[i], 1f);
        }
        return y;
    }

    static INDArray scaledColumn(double[] targets, TargetScale scale) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, targets.length, 1);
        for (int i = 0; i < targets.length; i++) {
            y.putScalar(i, 0, (float) scale.scale(targets[i]));
        }
        return y;
    }

    /** Number of rows. */
    public int size() {
        return labels.length;
    }

    /** Whether this split carries a regression target. */
    public boolean regression() {
        return targets != null;
    }

    /** Features before normalization (rows x features); read-only. */
    public INDArray rawFeatures() {
        return raw;
    }

    /** Features after normalization (rows x features); read-only. */
    public INDArray features() {
        return features;
    }

    /** What the network is trained to output: one-hot labels (rows x classes) or the scaled target (rows x 1); read-only. */
    public INDArray outputs() {
        return outputs;
    }

    /** The class id of every row (a fresh array; all 0 for a regression split). */
    public int[] labels() {
        return labels.clone();
    }

    /** The regression target of every row in its own units (a fresh array). */
    public double[] targets() {
        if (!regression()) {
            throw new IllegalStateException("a classification split has no numeric targets");
        }
        return targets.clone();
    }

    /** How the regression target is scaled for training; {@link TargetScale#identity()} for classification. */
    public TargetScale targetScale() {
        return scale == null ? TargetScale.identity() : scale;
    }

    /** A data set over the normalized features and the training outputs (sharing their arrays; read-only). */
    public DataSet dataSet() {
        return new DataSet(features, outputs);
    }
}
