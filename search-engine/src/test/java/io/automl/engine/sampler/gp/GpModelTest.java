package io.automl.engine.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.sampler.ContractSpaces;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pieces of the Gaussian process: inputs, likelihood gradient, posterior, log expected improvement. */
class GpModelTest {

    @Test
    void inputsAreUnitCoordinatesOneHotChoicesAndConstantsForInactiveDimensions() {
        SearchSpace space = ContractSpaces.mixed();
        Features features = new Features(space.dimensions());
        // lr, dropout, batch, epochs (1 each), optimizer (3), momentum (1), repeat (1), then per layer units (1) and
        // activation (2) for three layers; the constants (seedish, dropout of the layers) have no coordinate
        assertEquals(4 + 3 + 1 + 1 + 3 * 3, features.width());
        Config adam = space.decode(new double[space.dimensions().size()]);
        double[] x = features.of(space.encode(adam));
        assertEquals(0.0, x[0], 1e-12, "lr at its low end");
        assertArrayEquals(new double[] {1, 0, 0}, new double[] {x[4], x[5], x[6]}, "adam one-hot");
        assertEquals(Features.INACTIVE, x[7], 1e-12, "momentum is inactive without sgd");
        double[] unit = new double[space.dimensions().size()];
        java.util.Arrays.fill(unit, 0.999);
        double[] full = features.of(space.encode(space.decode(unit)));
        assertEquals(1.0, full[full.length - 1], 1e-12, "the last layer's activation is active at three layers");
    }

    @Test
    void oneHotCoordinatesGetLongerPriorLengthScalesThanNumericOnes() {
        Features features = new Features(ContractSpaces.mixed().dimensions());
        Prior prior = Prior.of(features);
        assertEquals(features.width(), prior.width());
        for (int c = 0; c < features.width(); c++) {
            boolean oneHot = c >= 4 && c <= 6 || c >= 9 && (c - 9) % 3 != 0; // optimizer, layer activations
            assertEquals(oneHot, features.oneHot(c), "coordinate " + c);
            assertEquals(oneHot ? Prior.CHOICE_LENGTH : Prior.NUMERIC_LENGTH, prior.lengthMeans()[c], 0);
        }
        assertTrue(Prior.CHOICE_LENGTH > Prior.NUMERIC_LENGTH);
        assertEquals(0, prior.penalty(prior.mode()), 1e-12, "the prior's mode costs nothing");
    }

    @Test
    void theLikelihoodGradientMatchesFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[12][3];
        double[] y = new double[12];
        for (int i = 0; i < x.length; i++) {
            for (int d = 0; d < 3; d++) {
                x[i][d] = random.nextDouble();
            }
            y[i] = Math.sin(4 * x[i][0]) + x[i][1] * x[i][1] + 0.1 * random.nextDouble();
        }
        Likelihood likelihood = new Likelihood(x, Targets.standardised(y), Prior.numeric(3));
        double[] theta = {Math.log(0.3), Math.log(0.8), Math.log(2.0), 0.2, Math.log(1e-2)};
        double[] g = likelihood.gradient(theta);
        for (int k = 0; k < theta.length; k++) {
            double h = 1e-5;
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (likelihood.value(up) - likelihood.value(down)) / (2 * h);
            assertEquals(numeric, g[k], 1e-4 * Math.max(1, Math.abs(numeric)), "component " + k);
        }
    }

    @Test
    void thePosteriorInterpolatesItsDataAndRevertsToThePriorFarAway() {
        double[][] x = {{0.1}, {0.5}, {0.9}};
        double[] y = {1.0, -1.0, 0.5};
        Posterior p = Posterior.of(x, y, new Matern52(new double[] {0.2}, 1.0), 1e-6);
        for (int i = 0; i < x.length; i++) {
            double[] mv = p.predict(x[i]);
            assertEquals(y[i], mv[0], 1e-3);
            assertTrue(mv[1] < 1e-4, "variance at a data point " + mv[1]);
        }
        double[] far = p.predict(new double[] {10});
        assertEquals(0.0, far[0], 1e-6);
        assertEquals(1.0, far[1], 1e-6);
    }

    @Test
    void logExpectedImprovementIsExactInTheBodyAndSmoothAndMonotoneInTheTail() {
        // EI of N(0, 1) below 0 is phi(0) = 0.39894...
        assertEquals(Math.log(0.3989422804), LogEi.of(0, 1, 0), 1e-9);
        double below = LogEi.logH(-20 + 1e-9);
        double above = LogEi.logH(-20 - 1e-9);
        assertEquals(below, above, 1e-6, "the two branches meet at the switch");
        double previous = Double.NEGATIVE_INFINITY;
        for (double z = -60; z < 5; z += 0.25) {
            double v = LogEi.logH(z);
            assertTrue(Double.isFinite(v) && v > previous, "log h increases at " + z);
            previous = v;
        }
    }

    @Test
    void theCapKeepsTheBestQuarterAndIsReproducible() {
        Observations obs = new Observations(java.util.Collections.nCopies(40, new double[] {0.5}),
                java.util.stream.IntStream.range(0, 40).mapToDouble(i -> 40 - i).toArray(), java.util.List.of());
        Observations a = obs.capped(12, new SplittableRandom(1));
        Observations b = obs.capped(12, new SplittableRandom(1));
        assertEquals(12, a.size());
        assertArrayEquals(a.losses(), b.losses());
        for (double best = 1; best <= 3; best++) {
            double v = best;
            assertTrue(java.util.Arrays.stream(a.losses()).anyMatch(l -> l == v), "keeps loss " + v);
        }
    }

    @Test
    void heavyTailedLossesAreLogTransformedInOrderAndOthersOnlyStandardised() {
        double[] even = {1, 2, 3, 4, 5};
        assertArrayEquals(even, Targets.warped(even));
        double[] skewed = {0, 1, 2, 3, 1000};
        double[] w = Targets.warped(skewed);
        for (int i = 1; i < w.length; i++) {
            assertTrue(w[i] > w[i - 1], "order kept");
        }
        assertTrue(w[4] - w[3] < 10 * (w[3] - w[0]), "the outlier no longer dominates: " + java.util.Arrays.toString(w));
        double[] t = Targets.of(skewed);
        assertEquals(0.0, java.util.Arrays.stream(t).sum(), 1e-9);
        assertEquals(t.length, java.util.Arrays.stream(t).map(v -> v * v).sum(), 1e-9);
        assertArrayEquals(new double[] {0, 0, 0}, Targets.of(new double[] {7, 7, 7}));
    }
}
