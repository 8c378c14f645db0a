package io.automl.space.arbiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.Config;
import io.automl.space.Dimension;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.deeplearning4j.arbiter.optimize.api.ParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.FixedValue;
import org.deeplearning4j.arbiter.optimize.parameter.continuous.ContinuousParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.discrete.DiscreteParameterSpace;
import org.deeplearning4j.arbiter.optimize.parameter.integer.IntegerParameterSpace;
import org.junit.jupiter.api.Test;

/** Arbiter's parameter spaces, built from ours, decode unit vectors to the same values as we do. */
class ArbiterSpacesTest {
    private static final String SPACE = """
            {"name": "arbiter", "objective": {"metric": "accuracy"}, "dataset": {"path": "d.csv"},
             "params": {
               "uniform": {"type": "float", "low": -1.5, "high": 2.5},
               "logFloat": {"type": "float", "low": 0.0001, "high": 0.1, "log": true},
               "stepped": {"type": "float", "low": 0.0, "high": 0.5, "step": 0.125},
               "int": {"type": "int", "low": 3, "high": 17},
               "logInt": {"type": "int", "low": 1, "high": 1000, "log": true},
               "steppedInt": {"type": "int", "low": 10, "high": 100, "step": 15},
               "choice": {"type": "categorical", "values": ["adam", "sgd", "rmsprop", 4, true]},
               "fixed": "relu"
             },
             "architecture": {"blocks": [{"repeat": {"type": "int", "low": 0, "high": 3},
               "layer": {"type": "dense", "units": {"type": "int", "low": 16, "high": 512, "log": true}}}]}}
            """;

    private final SearchSpace space = new SpaceParser().parse(SPACE);

    @Test
    void eachDistributionMapsToTheMatchingArbiterSpace() {
        List<ParameterSpace<?>> spaces = ArbiterSpaces.of(space);
        assertEquals(space.dimensions().size(), spaces.size());
        Map<String, ParameterSpace<?>> byKey = new HashMap<>();
        for (int i = 0; i < spaces.size(); i++) {
            byKey.put(space.dimensions().get(i).key(), spaces.get(i));
        }
        assertInstanceOf(ContinuousParameterSpace.class, byKey.get("uniform"));
        assertInstanceOf(ContinuousParameterSpace.class, byKey.get("logFloat"));
        assertInstanceOf(DiscreteParameterSpace.class, byKey.get("stepped"));
        assertInstanceOf(IntegerParameterSpace.class, byKey.get("int"));
        assertInstanceOf(IntegerParameterSpace.class, byKey.get("logInt"));
        assertInstanceOf(DiscreteParameterSpace.class, byKey.get("steppedInt"));
        assertInstanceOf(DiscreteParameterSpace.class, byKey.get("choice"));
        assertInstanceOf(FixedValue.class, byKey.get("fixed"));
        assertEquals(0, byKey.get("fixed").numParameters());
    }

    @Test
    void arbiterDecodesLikeTheSearchSpace() {
        List<ParameterSpace<?>> spaces = ArbiterSpaces.of(space);
        SplittableRandom rng = new SplittableRandom(99);
        int n = space.dimensions().size();
        int compared = 0;
        for (int k = 0; k < 20_000; k++) {
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = rng.nextDouble();
            }
            Config ours = space.decode(u);
            for (int i = 0; i < n; i++) {
                Dimension d = space.dimensions().get(i);
                if (!ours.has(d.key())) {
                    continue;
                }
                Object theirs = spaces.get(i).getValue(u);
                Object mine = ours.get(d.key());
                if (mine instanceof Double x) {
                    assertEquals(x, ((Number) theirs).doubleValue(), Math.abs(x) * 1e-12 + 1e-15, d.key());
                } else {
                    assertEquals(mine, theirs, d.key() + " at u=" + u[i]);
                }
                compared++;
            }
        }
        assertTrue(compared > 20_000 * 9, "compared " + compared);
    }

    @Test
    void logUniformInverseAgreesWithCommonsMathNumericalInverse() {
        LogUniformRealDistribution exact = new LogUniformRealDistribution(1e-4, 0.1);
        AbstractRealDistribution numeric = new AbstractRealDistribution(new org.apache.commons.math3.random.Well19937c(1)) {
            private static final long serialVersionUID = 1L;

            @Override public double density(double x) { return exact.density(x); }
            @Override public double cumulativeProbability(double x) { return exact.cumulativeProbability(x); }
            @Override public double getNumericalMean() { return exact.getNumericalMean(); }
            @Override public double getNumericalVariance() { return exact.getNumericalVariance(); }
            @Override public double getSupportLowerBound() { return exact.getSupportLowerBound(); }
            @Override public double getSupportUpperBound() { return exact.getSupportUpperBound(); }
            @Override @SuppressWarnings("deprecation") public boolean isSupportLowerBoundInclusive() { return true; }
            @Override @SuppressWarnings("deprecation") public boolean isSupportUpperBoundInclusive() { return true; }
            @Override public boolean isSupportConnected() { return true; }
        };
        for (double p = 0.01; p < 1; p += 0.01) {
            assertEquals(numeric.inverseCumulativeProbability(p), exact.inverseCumulativeProbability(p), 2e-6);
            assertEquals(p, exact.cumulativeProbability(exact.inverseCumulativeProbability(p)), 1e-12);
        }
        LogUniformIntegerDistribution ints = new LogUniformIntegerDistribution(1, 1000);
        double total = 0;
        for (int k = 1; k <= 1000; k++) {
            total += ints.probability(k);
        }
        assertEquals(1.0, total, 1e-12);
        assertTrue(ints.probability(1) > ints.probability(100), "small values weigh more on a log scale");
    }

    @Test
    void arbiterRunsHereWithoutNd4j() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.nd4j.linalg.factory.Nd4j"));
        // Arbiter's own log-uniform distribution needs ND4J's shaded Guava, hence LogUniformRealDistribution
        assertThrows(NoClassDefFoundError.class,
                () -> new org.deeplearning4j.arbiter.optimize.distribution.LogUniformDistribution(0.001, 0.1));
        SearchSpace digits = new SpaceParser().parseFile(Path.of("examples", "digits-mlp.json"));
        assertEquals(digits.dimensions().size(), ArbiterSpaces.of(digits).size());
    }
}
