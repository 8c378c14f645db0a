package io.automl.engine.sampler.tpe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.Categorical;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Bandwidths, densities and draws of the Parzen estimators, checked against Optuna 3.1's numbers. */
class ParzenEstimatorTest {
    private static final double[] OBSERVED = {0.1, 0.15, 0.7, 0.72, 0.95, 0.3, 0.31, 0.33, 0.6, 0.05};
    private static final Axis FLOAT = Axis.of(new FloatRange(0, 1, false, 0));

    @Test
    void bandwidthsAreOptunasLargerNeighbourGapWithTheMagicClip() {
        // _ParzenEstimator(..., consider_endpoints=False) of optuna 3.1 on the same observations
        double[] optuna = {0.0833333, 0.15, 0.1, 0.23, 0.23, 0.15, 0.0833333, 0.17, 0.1, 0.0833333, 1.0};
        assertArrayEquals(optuna, Bandwidths.neighbours(OBSERVED, false), 1e-6);
        assertArrayEquals(new int[] {2, 0, 3, 1}, Bandwidths.argsort(new double[] {0.5, 0.9, 0.1, 0.5}));
        assertArrayEquals(new double[] {1.0}, Bandwidths.neighbours(new double[0], false), 0);
        double[] mean = Bandwidths.neighbours(new double[] {0.1, 0.2, 0.9}, true);
        assertArrayEquals(new double[] {0.2, 0.2, 0.4, 1.0}, mean, 1e-12, "mean inner gap, clipped to 1/5");
    }

    @Test
    void factorizedScoresDifferFromOptunasOnlyByAConstant() {
        // optuna 3.1 TPE log_pdf at these points (its truncated-normal log pdf leaves out log(sigma))
        double[] x = {0.0, 0.12, 0.5, 0.71, 0.99};
        double[] optuna = {-1.70126678, -1.40697803, -1.60947159, -1.47267359, -1.79543601};
        ParzenEstimator pe = new ParzenEstimator(points(OBSERVED), new Axis[] {FLOAT}, 1.0,
                ParzenEstimator.Mode.FACTORIZED);
        double widths = 0;
        for (double s : Bandwidths.neighbours(OBSERVED, false)) {
            widths += s;
        }
        double shift = Math.log(11 / widths);
        for (int i = 0; i < x.length; i++) {
            assertEquals(optuna[i] + shift, pe.logPdf(new double[] {x[i]}), 1e-5, "at " + x[i]);
        }
    }

    @Test
    void jointDensityIsAProperMixtureOfProductKernels() {
        List<double[]> obs = List.of(new double[] {0.2, 0.7}, new double[] {0.8, 0.3});
        Axis[] axes = {FLOAT, FLOAT};
        ParzenEstimator pe = new ParzenEstimator(obs, axes, 1.0, ParzenEstimator.Mode.JOINT);
        double integral = 0;
        int n = 200;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                integral += Math.exp(pe.logPdf(new double[] {(i + 0.5) / n, (j + 0.5) / n})) / (n * n);
            }
        }
        assertEquals(1.0, integral, 1e-3);
        assertTrue(pe.logPdf(new double[] {0.2, 0.7}) > pe.logPdf(new double[] {0.2, 0.3}),
                "the joint model keeps which coordinates went together");
    }

    @Test
    void discreteAxesScoreCellMassesThatSumToOne() {
        Axis ints = Axis.of(new IntRange(1, 20, false, 1));
        Axis choices = Axis.of(new Categorical(List.of("a", "b", "c")));
        assertEquals(20, ints.cells());
        assertEquals(3, choices.choices());
        List<double[]> obs = List.of(new double[] {ints.snap(0.31), choices.snap(0.5)},
                new double[] {ints.snap(0.33), choices.snap(0.1)});
        for (ParzenEstimator.Mode mode : ParzenEstimator.Mode.values()) {
            ParzenEstimator pe = new ParzenEstimator(obs, new Axis[] {ints, choices}, 1.0, mode);
            double total = 0;
            for (int v = 0; v < 20; v++) {
                for (int c = 0; c < 3; c++) {
                    total += Math.exp(pe.logPdf(new double[] {(v + 0.5) / 20, (c + 0.5) / 3}));
                }
            }
            assertEquals(1.0, total, 1e-6, mode + ": cell masses and choice probabilities sum to 1");
            SplittableRandom random = new SplittableRandom(3);
            for (int i = 0; i < 200; i++) {
                double[] draw = pe.sample(random);
                assertEquals(ints.snap(draw[0]), draw[0], 0, "draws are snapped to a value's cell");
                assertEquals(choices.snap(draw[1]), draw[1], 0);
            }
        }
    }

    @Test
    void logIntegersAreSnappedToTheValueTheyDecodeTo() {
        IntRange range = new IntRange(8, 512, true, 1);
        Axis axis = Axis.of(range);
        assertEquals(0, axis.cells());
        for (double u = 0; u <= 1; u += 0.01) {
            double snapped = axis.snap(u);
            assertEquals(range.decode(u), range.decode(snapped));
            assertEquals(snapped, axis.snap(snapped), 1e-12);
        }
    }

    private static List<double[]> points(double[] values) {
        List<double[]> out = new ArrayList<>();
        for (double v : values) {
            out.add(new double[] {v});
        }
        return out;
    }
}
