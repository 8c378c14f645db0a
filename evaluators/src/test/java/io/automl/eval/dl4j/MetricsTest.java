package io.automl.eval.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.eval.data.TargetScale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** ROC AUC and the regression metrics against values worked out by hand. */
class MetricsTest {

    @Test
    void rocAucCountsPairsWithTiesAsHalves() {
        // positives score 0.35, 0.8, 0.4; negatives 0.1, 0.4. Of the 6 positive-negative pairs the positive ranks
        // higher in 4 (0.35>0.1, 0.8>0.1, 0.8>0.4, 0.4>0.1), lower in 1 (0.35<0.4) and ties in 1 (0.4=0.4): 4.5/6.
        double[] score = {0.1, 0.4, 0.35, 0.8, 0.4};
        int[] labels = {0, 0, 1, 1, 1};
        assertEquals(0.75, Metrics.rocAuc(score, labels), 1e-15);
    }

    @Test
    void rocAucExtremesAndAllTied() {
        assertEquals(1.0, Metrics.rocAuc(new double[] {0.1, 0.2, 0.8, 0.9}, new int[] {0, 0, 1, 1}), 1e-15);
        assertEquals(0.0, Metrics.rocAuc(new double[] {0.9, 0.8, 0.2, 0.1}, new int[] {0, 0, 1, 1}), 1e-15);
        assertEquals(0.5, Metrics.rocAuc(new double[] {0.3, 0.3, 0.3}, new int[] {1, 0, 1}), 1e-15);
        assertTrue(Double.isNaN(Metrics.rocAuc(new double[] {0.3, 0.4}, new int[] {1, 1})), "one class only");
        assertThrows(IllegalArgumentException.class, () -> Metrics.rocAuc(new double[] {0.3}, new int[] {1, 0}));
    }

    @Test
    void binaryEpochMetricsIncludeRocAucOfTheSecondClass() {
        // class-1 probabilities 0.2, 0.6, 0.7, 0.4 for labels 0, 0, 1, 1: pairs (0.7>0.2, 0.7>0.6, 0.4>0.2,
        // 0.4<0.6) give 3/4
        var scores = Nd4j.createFromArray(new double[][] {{0.8, 0.2}, {0.4, 0.6}, {0.3, 0.7}, {0.6, 0.4}});
        EpochMetrics m = Metrics.of(scores, new int[] {0, 0, 1, 1}, 2, 0.5);
        assertEquals(0.75, m.get("roc_auc"), 1e-12);
        assertEquals(0.5, m.get("accuracy"), 1e-12);
        assertEquals(List.of("accuracy", "f1_macro", "log_loss", "roc_auc", "val_loss"), List.copyOf(m.values().keySet()));
        EpochMetrics three = Metrics.of(Nd4j.createFromArray(new double[][] {{0.2, 0.3, 0.5}}), new int[] {2}, 3, 0.1);
        assertFalse(three.values().containsKey("roc_auc"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> three.get("roc_auc"));
        assertTrue(e.getMessage().contains("not computed"), e.getMessage());
    }

    @Test
    void regressionMetricsByHand() {
        double[] truth = {3, -0.5, 2, 7};
        double[] predicted = {2.5, 0.0, 2, 8};
        // squared errors 0.25, 0.25, 0, 1; absolute errors 0.5, 0.5, 0, 1
        assertEquals(1.5 / 4, RegressionMetrics.mse(predicted, truth), 1e-15);
        assertEquals(2.0 / 4, RegressionMetrics.mae(predicted, truth), 1e-15);
        // mean 2.875; SS_tot = 0.125^2 + 3.375^2 + 0.875^2 + 4.125^2 = 29.1875; SS_res = 1.5
        assertEquals(1 - 1.5 / 29.1875, RegressionMetrics.r2(predicted, truth), 1e-15);
        assertEquals(0.9486081370449679, RegressionMetrics.r2(predicted, truth), 1e-12);
        EpochMetrics m = RegressionMetrics.of(predicted, truth, 0.7);
        assertEquals(List.of("mse", "mae", "r2", "val_loss"), List.copyOf(m.values().keySet()));
        assertEquals(0.7, m.get("val_loss"));
    }

    @Test
    void r2OfAConstantTruthAndOfTheMean() {
        assertEquals(1.0, RegressionMetrics.r2(new double[] {2, 2}, new double[] {2, 2}));
        assertEquals(0.0, RegressionMetrics.r2(new double[] {1, 3}, new double[] {2, 2}));
        assertEquals(0.0, RegressionMetrics.r2(new double[] {2, 2, 2}, new double[] {1, 2, 3}), 1e-15);
        assertTrue(Double.isNaN(RegressionMetrics.mse(new double[0], new double[0])));
    }

    @Test
    void outputsAreScaledBackToTheTargetsUnits() {
        var out = Nd4j.createFromArray(new float[][] {{-1f}, {0f}, {0.5f}});
        double[] v = RegressionMetrics.values(out, new TargetScale(10, 2));
        assertEquals(8, v[0], 1e-6);
        assertEquals(10, v[1], 1e-6);
        assertEquals(11, v[2], 1e-6);
        TargetScale s = TargetScale.standardizing(new double[] {1, 3});
        assertEquals(new TargetScale(2, 1), s);
        assertEquals(-1, s.scale(1), 1e-15);
    }

    @Test
    void directionsOfEveryMetric() {
        for (String up : List.of("accuracy", "f1_macro", "roc_auc", "r2")) {
            assertTrue(EpochMetrics.largerIsBetter(up), up);
        }
        for (String down : List.of("log_loss", "val_loss", "mse", "mae")) {
            assertFalse(EpochMetrics.largerIsBetter(down), down);
        }
        assertThrows(IllegalArgumentException.class, () -> EpochMetrics.requireKnown("auc"));
    }

    @Test
    void predictionsAndLogLossReadViewsRowByRow() {
        // a 3x4 window (rows 1-3, columns 1-4) of a 5x6 matrix, and its transpose's transpose in 'f' order:
        // both are views whose rows are not laid out one after another in the buffer
        var base = Nd4j.createFromArray(new float[][] {
                {9, 9, 9, 9, 9, 9},
                {9, 0.1f, 0.7f, 0.1f, 0.1f, 9},
                {9, 0.5f, 0.2f, 0.2f, 0.1f, 9},
                {9, 0.1f, 0.1f, 0.2f, 0.6f, 9},
                {9, 9, 9, 9, 9, 9}});
        var window = base.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 4),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 5));
        var fOrder = window.dup('f');
        for (var scores : List.of(window, fOrder)) {
            assertEquals(List.of(1, 0, 3), java.util.Arrays.stream(Metrics.predictions(scores)).boxed().toList());
            // true classes 1, 2, 3: probabilities 0.7, 0.2, 0.6
            double logLoss = Metrics.classification(scores, new int[] {1, 2, 3}, 4).get("log_loss");
            assertEquals(-(Math.log(0.7) + Math.log(0.2) + Math.log(0.6)) / 3, logLoss, 1e-6);
        }
        // ties go to the first maximum, as ND4J's argmax does
        assertEquals(0, Metrics.predictions(Nd4j.createFromArray(new double[][] {{0.5, 0.5}}))[0]);
    }
}
