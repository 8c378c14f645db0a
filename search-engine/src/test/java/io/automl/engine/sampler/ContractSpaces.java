package io.automl.engine.sampler;

import io.automl.space.Budget;
import io.automl.space.Categorical;
import io.automl.space.Condition;
import io.automl.space.Config;
import io.automl.space.Constant;
import io.automl.space.Direction;
import io.automl.space.EvaluatorSpec;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import io.automl.space.Objective;
import io.automl.space.Param;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import io.automl.space.arch.ArchitectureSpace;
import io.automl.space.arch.BlockSpace;
import io.automl.space.arch.DenseSpace;
import io.automl.space.arch.OutputSpace;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Search spaces used by the sampler contract and sampler tests. */
public final class ContractSpaces {
    private ContractSpaces() {
    }

    /**
     * Every kind of dimension: log float, stepped float, log int, stepped int, categorical, a constant, a
     * float active only for one categorical choice, and an architecture block of 1..3 dense layers whose
     * later layers are conditional on the repeat count.
     */
    public static SearchSpace mixed() {
        List<Param> params = List.of(
                new Param("lr", new FloatRange(1e-4, 1e-1, true, 0), Condition.ALWAYS),
                new Param("dropout", new FloatRange(0.0, 0.5, false, 0.1), Condition.ALWAYS),
                new Param("batch", new IntRange(8, 512, true, 1), Condition.ALWAYS),
                new Param("epochs", new IntRange(5, 50, false, 5), Condition.ALWAYS),
                new Param("optimizer", new Categorical(List.of("adam", "sgd", "rmsprop")), Condition.ALWAYS),
                new Param("seedish", new Constant(7), Condition.ALWAYS),
                new Param("momentum", new FloatRange(0.5, 0.99, false, 0),
                        new Condition.OneOf("optimizer", List.of("sgd"))));
        ArchitectureSpace arch = new ArchitectureSpace("feedforward", List.of(new BlockSpace(new IntRange(1, 3, false, 1),
                new DenseSpace(new IntRange(8, 64, true, 1), new Categorical(List.of("relu", "tanh")),
                        new Constant(0.0)))), new OutputSpace("softmax", "mcxent"));
        return space(params, Optional.of(arch));
    }

    /** Twelve configurations: a categorical of three choices and an integer in [1, 4]. */
    public static SearchSpace discrete() {
        return space(List.of(new Param("optimizer", new Categorical(List.of("adam", "sgd", "rmsprop")), Condition.ALWAYS),
                new Param("layers", new IntRange(1, 4, false, 1), Condition.ALWAYS)), Optional.empty());
    }

    /** Branin's domain: x1 in [-5, 10], x2 in [0, 15]. */
    public static SearchSpace branin() {
        return space(List.of(new Param("x1", new FloatRange(-5, 10, false, 0), Condition.ALWAYS),
                new Param("x2", new FloatRange(0, 15, false, 0), Condition.ALWAYS)), Optional.empty());
    }

    /** The Branin function; its minimum is about 0.397887. */
    public static double branin(Config c) {
        double x1 = c.getDouble("x1");
        double x2 = c.getDouble("x2");
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double t = x2 - b * x1 * x1 + 5 / Math.PI * x1 - 6;
        return t * t + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x1) + 10;
    }

    /** A smooth objective over {@link #mixed()} with its optimum inside the space (minimized). */
    public static double mixedObjective(Config c) {
        double v = Math.pow(Math.log10(c.getDouble("lr")) + 2.5, 2);
        v += Math.abs(c.getDouble("dropout") - 0.2);
        v += Math.pow(Math.log(c.getInt("batch") / 64.0), 2) / 4;
        v += c.getString("optimizer").equals("adam") ? 0 : 0.5;
        v += Math.abs(c.getDouble("momentum", 0.9) - 0.9);
        return v + Math.abs(c.getInt("arch.b0.repeat") - 2) * 0.3;
    }

    static SearchSpace space(List<Param> params, Optional<ArchitectureSpace> arch) {
        return new SearchSpace("contract", new Objective("score", Direction.MINIMIZE), null, new Budget(100, 9, 0, 1, 0),
                new SamplerSpec("contract", 1, Map.of()), PrunerSpec.none(), Optional.empty(), EvaluatorSpec.dl4j(),
                params, arch);
    }
}
