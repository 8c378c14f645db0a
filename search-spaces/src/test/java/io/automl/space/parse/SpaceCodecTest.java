package io.automl.space.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.Config;
import io.automl.space.SearchSpace;
import io.automl.space.SpaceSummary;
import io.automl.space.arch.LayerPlan;
import io.automl.space.arch.NetworkPlan;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Parsed spaces decode, encode, validate, plan and enumerate consistently. */
class SpaceCodecTest {
    private final SpaceParser parser = new SpaceParser();
    private final SearchSpace digits = parser.parseFile(Path.of("examples", "digits-mlp.json"));

    private static double[] random(SplittableRandom rng, int n) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = rng.nextDouble();
        }
        return u;
    }

    @Test
    void decodeEncodeRoundTripAndValidConfigs() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = digits.dimensions().size();
        for (int k = 0; k < 2000; k++) {
            Config c = digits.decode(random(rng, n));
            assertEquals(List.of(), digits.validate(c), c.toString());
            double[] unit = digits.encode(c);
            Config again = digits.decode(unit);
            assertEquals(c.values().keySet(), again.values().keySet());
            for (String key : c.values().keySet()) {
                Object a = c.get(key);
                Object b = again.get(key);
                if (a instanceof Double x) {
                    assertEquals(x, (Double) b, Math.abs(x) * 1e-9, key);
                } else {
                    assertEquals(a, b, key);
                }
            }
            assertArrayEquals(unit, digits.encode(again), 1e-9);
        }
    }

    @Test
    void sameUnitVectorSameConfig() {
        double[] u = random(new SplittableRandom(5), digits.dimensions().size());
        SearchSpace reparsed = parser.parseFile(Path.of("examples", "digits-mlp.yaml"));
        assertEquals(digits.decode(u), digits.decode(u.clone()));
        assertEquals(digits.decode(u), reparsed.decode(u));
    }

    @Test
    void conditionalParametersAreAbsentWhenTheirConditionFails() {
        int n = digits.dimensions().size();
        int optimizer = index("optimizer");
        int repeat = index("arch.b0.repeat");
        double[] u = new double[n];
        java.util.Arrays.fill(u, 0.5);
        u[optimizer] = 0.1; // adam
        u[repeat] = 0.1; // one layer
        Config adam = digits.decode(u);
        assertEquals("adam", adam.get("optimizer"));
        assertFalse(adam.has("momentum"));
        assertFalse(adam.has("arch.b0.l1.units"));
        assertEquals(1, digits.plan(adam).orElseThrow().layers().size());
        u[optimizer] = 0.9; // sgd
        u[repeat] = 0.9; // two layers
        Config sgd = digits.decode(u);
        assertEquals("sgd", sgd.get("optimizer"));
        assertTrue(sgd.has("momentum"));
        double m = sgd.getDouble("momentum");
        assertTrue(m >= 0.8 && m <= 0.95, "momentum " + m);
        NetworkPlan plan = digits.plan(sgd).orElseThrow();
        assertEquals(2, plan.layers().size());
        LayerPlan.Dense first = (LayerPlan.Dense) plan.layers().get(0);
        assertTrue(first.units() >= 32 && first.units() <= 256);
        assertEquals("softmax", plan.output().activation());
        assertFalse(digits.validate(new Config(java.util.Map.of("momentum", 0.9))).isEmpty());
    }

    @Test
    void gridSizeOfADiscreteSpaceCountsConditionalBranches() {
        String text = """
                {"name": "grid", "objective": {"metric": "accuracy"}, "dataset": {"path": "d.csv"},
                 "sampler": {"type": "grid"},
                 "params": {
                   "bs": {"type": "categorical", "values": [32, 64, 128]},
                   "opt": {"type": "categorical", "values": ["adam", "sgd"]},
                   "momentum": {"type": "float", "low": 0.8, "high": 0.9, "step": 0.05, "when": {"opt": "sgd"}}
                 },
                 "architecture": {"blocks": [{"repeat": {"type": "int", "low": 0, "high": 2},
                   "layer": {"type": "dense", "units": {"type": "categorical", "values": [16, 32]}}}]}}
                """;
        SearchSpace s = parser.parse(text);
        // bs 3 x (adam 1 + sgd 3 momenta) x (repeat 0: 1, 1: 2, 2: 4 unit choices); dimensions: 3 params, repeat,
        // 2 layers x (units, activation, dropout), constants included
        long expected = 3L * (1 + 3) * (1 + 2 + 4);
        assertEquals(expected, s.gridSize().orElseThrow());
        List<Config> grid = s.grid(1000).orElseThrow();
        assertEquals(expected, grid.size());
        Set<Config> distinct = new HashSet<>(grid);
        assertEquals(expected, distinct.size());
        grid.forEach(c -> assertEquals(List.of(), s.validate(c)));
        assertEquals("grid: 3 params, 10 dimensions, grid: 84 configurations", SpaceSummary.of(s).toString());
    }

    private int index(String key) {
        for (int i = 0; i < digits.dimensions().size(); i++) {
            if (digits.dimensions().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no dimension " + key);
    }
}
