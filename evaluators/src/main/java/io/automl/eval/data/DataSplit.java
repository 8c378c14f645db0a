package io.automl.eval.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One split of a prepared data set: raw features, features after the training split's normalization,
 * one-hot labels and class ids. Shared between trials and threads: the arrays must be treated as
 * read-only (copy before changing them); reading them concurrently is safe.
 */
public final class DataSplit {
    private final INDArray raw;
    private final INDArray features;
    private final INDArray oneHot;
    private final int[] labels;

    DataSplit(double[][] raw, INDArray normalized, int[] labels, int classes) {
        this.raw = matrix(raw, normalized == null ? 0 : normalized.columns());
        this.features = normalized;
        this.labels = labels.clone();
        this.oneHot = oneHot(labels, classes);
    }

    static INDArray matrix(double[][] rows, int columnsWhenEmpty) {
        if (rows.length == 0) {
            return Nd4j.zeros(DataType.FLOAT, 0, columnsWhenEmpty);
        }
        return Nd4j.create(rows).castTo(DataType.FLOAT);
    }

    static INDArray oneHot(int[] labels, int classes) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            y.putScalar(i, labels[i], 1f);
        }
        return y;
    }

    /** Number of rows. */
    public int size() {
        return labels.length;
    }

    /** Features before normalization (rows x features); read-only. */
    public INDArray rawFeatures() {
        return raw;
    }

    /** Features after normalization (rows x features); read-only. */
    public INDArray features() {
        return features;
    }

    /** One-hot labels (rows x classes); read-only. */
    public INDArray oneHotLabels() {
        return oneHot;
    }

    /** The class id of every row (a fresh array). */
    public int[] labels() {
        return labels.clone();
    }

    /** A data set over the normalized features and one-hot labels (sharing their arrays; read-only). */
    public DataSet dataSet() {
        return new DataSet(features, oneHot);
    }
}
