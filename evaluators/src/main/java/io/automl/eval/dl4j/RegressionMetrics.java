package io.automl.eval.dl4j;

import io.automl.eval.data.TargetScale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Regression metrics of predictions against true values, both in the target's own units: mean squared error,
 * mean absolute error and the coefficient of determination {@code R2 = 1 - SS_res / SS_tot} (sums of squares of
 * the residuals and of the truth around its mean; when the truth is constant, R2 is 1 for a perfect fit and 0
 * otherwise). NaN for no rows. Stateless and thread-safe.
 */
public final class RegressionMetrics {
    private RegressionMetrics() {
    }

    /** The mean of the squared differences. */
    public static double mse(double[] predicted, double[] truth) {
        check(predicted, truth);
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            double d = predicted[i] - truth[i];
            sum += d * d;
        }
        return truth.length == 0 ? Double.NaN : sum / truth.length;
    }

    /** The mean of the absolute differences. */
    public static double mae(double[] predicted, double[] truth) {
        check(predicted, truth);
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            sum += Math.abs(predicted[i] - truth[i]);
        }
        return truth.length == 0 ? Double.NaN : sum / truth.length;
    }

    /** The coefficient of determination. */
    public static double r2(double[] predicted, double[] truth) {
        check(predicted, truth);
        if (truth.length == 0) {
            return Double.NaN;
        }
        double mean = 0;
        for (double t : truth) {
            mean += t;
        }
        mean /= truth.length;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < truth.length; i++) {
            residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            total += (truth[i] - mean) * (truth[i] - mean);
        }
        if (total == 0) {
            return residual == 0 ? 1 : 0;
        }
        return 1 - residual / total;
    }

    /** The first output column of a network's {@code output}, mapped back to the target's units by {@code scale}. */
    public static double[] values(INDArray output, TargetScale scale) {
        int n = (int) output.rows();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = scale.unscale(output.getDouble(i, 0));
        }
        return out;
    }

    /** MSE, MAE and R2 of {@code predicted} against {@code truth}, with {@code loss} as val_loss. */
    public static EpochMetrics of(double[] predicted, double[] truth, double loss) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mse", mse(predicted, truth));
        m.put("mae", mae(predicted, truth));
        m.put("r2", r2(predicted, truth));
        m.put("val_loss", loss);
        return new EpochMetrics(m);
    }

    private static void check(double[] predicted, double[] truth) {
        if (predicted.length != truth.length) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + truth.length + " values");
        }
    }
}
