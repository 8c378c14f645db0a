package io.automl.eval.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Classification metrics from predicted class scores: accuracy (argmax), macro F1 over the classes
 * present in the true or predicted labels, and log loss (scores normalized per row, probabilities
 * clipped to [1e-15, 1 - 1e-15]). Stateless and thread-safe.
 */
public final class Metrics {
    private static final double EPS = 1e-15;

    private Metrics() {
    }

    /** The predicted class of each row (argmax of its scores). */
    public static int[] predictions(INDArray scores) {
        int n = (int) scores.rows();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = scores.getRow(i).argMax().getInt(0);
        }
        return out;
    }

    /** The share of rows whose prediction equals the label; NaN for no rows. */
    public static double accuracy(int[] predicted, int[] labels) {
        if (labels.length == 0) {
            return Double.NaN;
        }
        int ok = 0;
        for (int i = 0; i < labels.length; i++) {
            ok += predicted[i] == labels[i] ? 1 : 0;
        }
        return ok / (double) labels.length;
    }

    /** Unweighted mean of per-class F1 over classes that occur in labels or predictions. */
    public static double f1Macro(int[] predicted, int[] labels, int classes) {
        long[] tp = new long[classes];
        long[] fp = new long[classes];
        long[] fn = new long[classes];
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] == labels[i]) {
                tp[labels[i]]++;
            } else {
                fp[predicted[i]]++;
                fn[labels[i]]++;
            }
        }
        double sum = 0;
        int present = 0;
        for (int c = 0; c < classes; c++) {
            if (tp[c] + fp[c] + fn[c] == 0) {
                continue;
            }
            present++;
            sum += 2.0 * tp[c] / (2.0 * tp[c] + fp[c] + fn[c]);
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    /** Mean negative log probability of the true class. */
    public static double logLoss(INDArray scores, int[] labels) {
        if (labels.length == 0) {
            return Double.NaN;
        }
        double[][] p = scores.toDoubleMatrix();
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            double rowSum = 0;
            for (double v : p[i]) {
                rowSum += Math.max(v, 0);
            }
            double q = rowSum > 0 ? Math.max(p[i][labels[i]], 0) / rowSum : 0;
            total -= Math.log(Math.min(1 - EPS, Math.max(EPS, q)));
        }
        return total / labels.length;
    }

    /** Accuracy, macro F1 and log loss of {@code scores} against {@code labels}, with {@code loss} as val_loss. */
    public static EpochMetrics of(INDArray scores, int[] labels, int classes, double loss) {
        int[] predicted = predictions(scores);
        return new EpochMetrics(accuracy(predicted, labels), f1Macro(predicted, labels, classes),
                logLoss(scores, labels), loss);
    }
}
