package io.automl.engine.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.options.NoOptions;
import io.automl.space.Budget;
import io.automl.space.Condition;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.EvaluatorSpec;
import io.automl.space.FloatRange;
import io.automl.space.Categorical;
import io.automl.space.Objective;
import io.automl.space.Param;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in samplers and their registry. */
class SamplersTest {
    final SamplerRegistry registry = new SamplerRegistry();

    static SearchSpace space(SamplerSpec sampler) {
        return new SearchSpace("s", new Objective("acc", Direction.MAXIMIZE), null, new Budget(10, 1, 0, 1, 0),
                sampler, PrunerSpec.none(), Optional.empty(), EvaluatorSpec.dl4j(), List.of(
                        new Param("lr", new FloatRange(1e-4, 1e-1, true, 0), Condition.ALWAYS),
                        new Param("opt", new Categorical(List.of("adam", "sgd")), Condition.ALWAYS),
                        new Param("momentum", new FloatRange(0.5, 0.9, false, 0),
                                new Condition.OneOf("opt", List.of("sgd")))),
                Optional.empty());
    }

    @Test
    void gridNamesContinuousDimensionsOrDiscretizesThem() {
        SamplerSpec plain = new SamplerSpec("grid", 0, Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.create(plain, space(plain)));
        assertTrue(e.getMessage().contains("continuous: lr, momentum"), e.getMessage());
        SamplerSpec three = new SamplerSpec("grid", 0, Map.of("gridPoints", 3));
        GridSampler grid = (GridSampler) registry.create(three, space(three));
        // adam: 3 learning rates; sgd: 3 learning rates x 3 momenta
        assertEquals(12, grid.points().size());
        assertEquals(12, new HashSet<>(grid.points()).size());
        Set<Double> rates = new HashSet<>();
        grid.points().forEach(c -> rates.add(c.getDouble("lr")));
        assertEquals(3, rates.size());
        assertTrue(rates.stream().anyMatch(r -> Math.abs(r - 1e-4) < 1e-12));
        assertTrue(rates.stream().anyMatch(r -> Math.abs(r - 1e-2 / Math.sqrt(10)) < 1e-9), rates.toString());
        grid.points().forEach(c -> assertEquals(List.of(), space(three).validate(c)));
        assertEquals(grid.points().get(1), grid.sample(history(13), space(three), null));
    }

    @Test
    void haltonCoversTheSpaceEvenlyAndDependsOnTheSeed() {
        SamplerSpec spec = new SamplerSpec("halton", 11, Map.of());
        SearchSpace space = space(spec);
        HaltonSampler halton = (HaltonSampler) registry.create(spec, space);
        int n = 64;
        int low = 0;
        for (int i = 1; i <= n; i++) {
            double[] p = halton.point(i);
            assertTrue(p[0] >= 0 && p[0] < 1 && p[1] >= 0 && p[1] < 1);
            low += p[0] < 0.5 ? 1 : 0;
        }
        assertEquals(32, low, 1);
        Config first = halton.sample(history(0), space, null);
        assertEquals(List.of(), space.validate(first));
        Config other = new HaltonSampler(3, 12).sample(history(0), space, null);
        assertTrue(!first.equals(other));
    }

    @Test
    void randomStaysInsideTheSpace() {
        SamplerSpec spec = new SamplerSpec("random", 1, Map.of());
        SearchSpace space = space(spec);
        var random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            assertEquals(List.of(), space.validate(registry.create(spec, space).sample(history(0), space, random)));
        }
    }

    @Test
    void unknownTypesAndOptionsAreNamed() {
        SamplerSpec cmaes = new SamplerSpec("cmaes", 1, Map.of());
        assertEquals("sampler 'cmaes' is not available yet",
                assertThrows(IllegalArgumentException.class, () -> registry.create(cmaes, space(cmaes))).getMessage());
        SamplerSpec foo = new SamplerSpec("foo", 1, Map.of());
        assertEquals("unknown sampler 'foo'; available: auto, evolution, gp, grid, halton, nsga2, random, sobol, tpe",
                assertThrows(IllegalArgumentException.class, () -> registry.create(foo, space(foo))).getMessage());
        SamplerSpec bad = new SamplerSpec("random", 1, Map.of("gridPoints", 3));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create(bad, space(bad)))
                .getMessage().contains("gridPoints"));
        assertEquals(List.of("auto", "custom", "evolution", "gp", "grid", "halton", "nsga2", "random", "sobol", "tpe"),
                registry.with(new SamplerDescriptor<>("custom", new NoOptions(), (o, seed, sp) -> new RandomSampler()))
                        .types());
        SamplerSpec tpeTypo = new SamplerSpec("tpe", 1, Map.of("startupTrails", 5));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create(tpeTypo, space(tpeTypo)))
                .getMessage().contains("startupTrails"));
        SamplerSpec sobolOption = new SamplerSpec("sobol", 1, Map.of("scramble", false));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> registry.create(sobolOption, space(sobolOption)))
                .getMessage().contains("scramble"));
    }

    /** A view of {@code n} trials (the samplers here only count them). */
    static StudyView history(int n) {
        List<TrialSnapshot> trials = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            trials.add(new TrialSnapshot(i, 1, i, io.automl.engine.TrialState.COMPLETE, new Config(Map.of()), 0,
                    0.5, new java.util.TreeMap<>(), Map.of(), null, "w", 0, java.time.Instant.EPOCH, null, null));
        }
        return new StudyView() {
            @Override
            public Objective objective() {
                return new Objective("acc", Direction.MAXIMIZE);
            }

            @Override
            public List<TrialSnapshot> trials() {
                return List.copyOf(trials);
            }
        };
    }
}
