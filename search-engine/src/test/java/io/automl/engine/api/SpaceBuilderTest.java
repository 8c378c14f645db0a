package io.automl.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.Dimension;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpaceBuilderTest {

    private static SearchSpace conditional() {
        return SpaceBuilder.named("cond.quoted_1").maximize()
                .floatParam("c", 1e-3, 1e3, true)
                .intParam("layers", 1, 4)
                .categorical("kernel", "linear", "rbf", "poly")
                .when("kernel", List.of("rbf", "poly"), b -> b
                        .floatParam("gamma", 1e-4, 1, true)
                        .when("kernel", List.of("poly"), p -> p.intParam("degree", 2, 5)))
                .categorical("batch", 32, 64)
                .sampler("tpe", 7, Map.of("startupTrials", 5))
                .pruner("asha", Map.of("minEpochs", 1, "reductionFactor", 3))
                .epochs(27)
                .build();
    }

    @Test
    void conditionalParametersAreActiveOnlyUnderTheirCondition() {
        SearchSpace space = conditional();
        SplittableRandom rnd = new SplittableRandom(1);
        int poly = 0;
        for (int i = 0; i < 200; i++) {
            double[] u = new double[space.dimensions().size()];
            for (int d = 0; d < u.length; d++) {
                u[d] = rnd.nextDouble();
            }
            Config c = space.decode(u);
            String kernel = c.getString("kernel");
            assertEquals(!kernel.equals("linear"), c.has("gamma"), c.toString());
            assertEquals(kernel.equals("poly"), c.has("degree"), c.toString());
            assertTrue(c.getDouble("c") >= 1e-3 && c.getDouble("c") <= 1e3);
            poly += kernel.equals("poly") ? 1 : 0;
        }
        assertTrue(poly > 30, "poly " + poly);
        assertEquals(Direction.MAXIMIZE, space.objective().direction());
        assertEquals(27, space.budget().epochs());
    }

    @Test
    void theJsonFormParsesBackToTheSameSpace() {
        SearchSpace space = conditional();
        String json = SpaceBuilder.toJson(space);
        SearchSpace back = new SpaceParser(new SpaceParser.Options(false, false)).parse(json);

        assertEquals(space.name(), back.name());
        assertEquals(io.automl.space.EvaluatorSpec.library(), back.evaluator(),
                "a code-built space records that its objective runs in the creating program, no command");
        assertEquals(space.objective(), back.objective());
        assertEquals(space.sampler().type(), back.sampler().type());
        assertEquals(space.sampler().seed(), back.sampler().seed());
        assertEquals(space.pruner().type(), back.pruner().type());
        assertEquals(space.budget(), back.budget());
        assertEquals(space.dimensions().stream().map(Dimension::key).toList(),
                back.dimensions().stream().map(Dimension::key).toList());
        double[] u = {0.3, 0.9, 0.95, 0.2, 0.7, 0.1};
        assertEquals(space.dimensions().size(), u.length);
        assertEquals(space.decode(u), back.decode(u));
    }

    @Test
    void mistakesNameTheParameter() {
        SpaceBuilder b = SpaceBuilder.named("bad").floatParam("x", 0, 1).categorical("k", "a", "b");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.floatParam("x", 0, 2)).getMessage()
                .contains("'x'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.when("nope", List.of("a"), s -> { }))
                .getMessage().contains("'nope'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.when("k", List.of("c"), s -> { }))
                .getMessage().contains("'k'"));
        assertThrows(IllegalArgumentException.class, () -> b.floatParam("lr", 0, 1, true));
        assertThrows(IllegalArgumentException.class, () -> SpaceBuilder.named("empty").build());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpaceBuilder.named("two words")).getMessage()
                .contains("'two words'"));
        assertThrows(IllegalArgumentException.class, () -> SpaceBuilder.named("n".repeat(101)));
        assertFalse(b.build().params().isEmpty());
    }
}
