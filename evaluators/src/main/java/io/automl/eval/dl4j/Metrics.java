package io.automl.eval.dl4j;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Classification metrics from predicted class scores: accuracy (argmax), macro F1 over the classes
 * present in the true or predicted labels, log loss (scores normalized per row, probabilities
 * clipped to [1e-15, 1 - 1e-15]) and, for two classes, the exact ROC AUC of class 1's probability (rank-based,
 * tied scores sharing their mean rank). Stateless and thread-safe.
 */
public final class Metrics {
    private static final double EPS = 1e-15;

    private Metrics() {
    }

    /** The predicted class of each row (argmax of its scores; the first of tied maxima). */
    public static int[] predictions(INDArray scores) {
        return predictions(rows(scores));
    }

    /** The predicted class of each row of {@code p} (argmax; the first of tied maxima). */
    static int[] predictions(double[][] p) {
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            int arg = 0;
            for (int c = 1; c < p[i].length; c++) {
                if (p[i][c] > p[i][arg]) {
                    arg = c;
                }
            }
            out[i] = arg;
        }
        return out;
    }

    /**
     * The scores as Java rows, copied out of native memory in one piece. Reading them row by row through ND4J
     * views costs a native op and several tracked objects per row, which made the per-epoch metrics of a small
     * network a third of everything its trial allocated.
     */
    static double[][] rows(INDArray scores) {
        if (scores.rank() != 2) {
            throw new IllegalArgumentException("scores must be a matrix, got shape "
                    + java.util.Arrays.toString(scores.shape()));
        }
        int n = (int) scores.rows();
        int k = (int) scores.columns();
        double[] flat = scores.dup('c').data().asDouble();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * k, (i + 1) * k);
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

    /** Mean negative log probability of the true class, from scores as Java rows (see {@link #rows}). */
    static double logLoss(double[][] p, int[] labels) {
        if (labels.length == 0) {
            return Double.NaN;
        }
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

    /** The normalized probability of class {@code c} in each row of {@code p}: scores clipped at 0, by row sum. */
    static double[] probabilities(double[][] p, int c) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double rowSum = 0;
            for (double v : p[i]) {
                rowSum += Math.max(v, 0);
            }
            out[i] = rowSum > 0 ? Math.max(p[i][c], 0) / rowSum : 0;
        }
        return out;
    }

    /**
     * The area under the ROC curve of {@code score} for rows with {@code labels} 1 (positive) against rows with
     * 0: the Mann-Whitney statistic {@code (R+ - n+(n+ + 1)/2) / (n+ n-)} with {@code R+} the sum of the positives'
     * ranks, tied scores sharing their mean rank, so a tie between a positive and a negative counts one half.
     * NaN when either class is absent.
     */
    public static double rocAuc(double[] score, int[] labels) {
        if (score.length != labels.length) {
            throw new IllegalArgumentException(score.length + " scores for " + labels.length + " labels");
        }
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double positiveRanks = 0;
        long positives = 0;
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && score[order[end + 1]] == score[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (labels[order[k]] == 1) {
                    positiveRanks += rank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * Accuracy, macro F1, log loss and (for two classes) ROC AUC of {@code scores} against {@code labels}, by
     * metric name, from one copy of the scores.
     */
    public static Map<String, Double> classification(INDArray scores, int[] labels, int classes) {
        double[][] p = rows(scores);
        int[] predicted = predictions(p);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", accuracy(predicted, labels));
        m.put("f1_macro", f1Macro(predicted, labels, classes));
        m.put("log_loss", logLoss(p, labels));
        if (classes == 2) {
            m.put("roc_auc", rocAuc(probabilities(p, 1), labels));
        }
        return m;
    }

    /** The {@link #classification} metrics of {@code scores} with {@code loss} as val_loss. */
    public static EpochMetrics of(INDArray scores, int[] labels, int classes, double loss) {
        Map<String, Double> m = classification(scores, labels, classes);
        m.put("val_loss", loss);
        return new EpochMetrics(m);
    }
}
