package io.automl.engine;

import io.automl.space.Budget;
import io.automl.space.Categorical;
import io.automl.space.Condition;
import io.automl.space.Direction;
import io.automl.space.EvaluatorSpec;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import io.automl.space.Objective;
import io.automl.space.Param;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Search spaces over the Branin function's domain for runner tests. */
final class Spaces {
    private Spaces() {
    }

    /** Continuous x1 in [-5, 10], x2 in [0, 15], minimized. */
    static SearchSpace branin(String name, Budget budget, SamplerSpec sampler, PrunerSpec pruner) {
        return space(name, budget, sampler, pruner, List.of(
                new Param("x1", new FloatRange(-5, 10, false, 0), Condition.ALWAYS),
                new Param("x2", new FloatRange(0, 15, false, 0), Condition.ALWAYS)));
    }

    /** A discrete Branin domain of 4 x 4 = 16 points. */
    static SearchSpace discreteBranin(String name, Budget budget, SamplerSpec sampler) {
        return space(name, budget, sampler, PrunerSpec.none(), List.of(
                new Param("x1", new Categorical(List.of(-5.0, 0.0, 3.14, 9.42)), Condition.ALWAYS),
                new Param("x2", new IntRange(0, 15, false, 5), Condition.ALWAYS)));
    }

    static SearchSpace space(String name, Budget budget, SamplerSpec sampler, PrunerSpec pruner, List<Param> params) {
        return new SearchSpace(name, new Objective("branin", Direction.MINIMIZE), null, budget, sampler, pruner,
                Optional.empty(), new EvaluatorSpec("command", List.of("branin"), 0), params, Optional.empty());
    }

    static Budget trials(int n) {
        return new Budget(n, 5, 0, 1, 0);
    }

    static SamplerSpec random(long seed) {
        return new SamplerSpec("random", seed, Map.of());
    }
}
