package io.automl.engine.api;

import io.automl.space.Budget;
import io.automl.space.Categorical;
import io.automl.space.Condition;
import io.automl.space.Direction;
import io.automl.space.Distribution;
import io.automl.space.EvaluatorSpec;
import io.automl.space.FloatRange;
import io.automl.space.IntRange;
import io.automl.space.Param;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import io.automl.space.StudyName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds a {@link SearchSpace} of plain parameters in code, for objectives written in Java.
 *
 * <pre>{@code
 * SearchSpace space = SpaceBuilder.named("svm-like")
 *         .maximize()
 *         .floatParam("c", 1e-3, 1e3, true)
 *         .categorical("kernel", "linear", "rbf")
 *         .when("kernel", List.of("rbf"), b -> b.floatParam("gamma", 1e-4, 1, true))
 *         .sampler("tpe", 7)
 *         .pruner("asha", Map.of("minEpochs", 1, "reductionFactor", 3))
 *         .epochs(27)
 *         .build();
 * }</pre>
 *
 * <p>Defaults: minimize the metric {@code value}; the {@code auto} sampler with seed 0; no pruner; 100 steps
 * ({@code epochs}) per trial, which sizes the ASHA and Hyperband rungs; no time limit. Parameters keep the
 * order they are added in; a conditional parameter may only depend on parameters added before it. Errors
 * (duplicate names, bad ranges, conditions on unknown parameters or values) throw
 * {@link IllegalArgumentException} naming the parameter. Not thread-safe; the built space is immutable.
 */
public final class SpaceBuilder {
    private final String name;
    private final List<Param> params = new ArrayList<>();
    private Condition scope = Condition.ALWAYS;
    private String metric = "value";
    private Direction direction = Direction.MINIMIZE;
    private SamplerSpec sampler = new SamplerSpec(SamplerSpec.DEFAULT_TYPE, 0, Map.of());
    private PrunerSpec pruner = PrunerSpec.none();
    private int epochs = 100;
    private double minutes;
    private double trialMinutes;

    private SpaceBuilder(String name) {
        Objects.requireNonNull(name, "name");
        StudyName.problem(name).ifPresent(problem -> {
            throw new IllegalArgumentException("name " + problem + ": '" + StudyName.shown(name) + "'");
        });
        this.name = name;
    }

    /** A builder for a space (and so a study) named {@code name}, which must follow {@link StudyName}'s rule. */
    public static SpaceBuilder named(String name) {
        return new SpaceBuilder(name);
    }

    /** Minimize the objective. */
    public SpaceBuilder minimize() {
        this.direction = Direction.MINIMIZE;
        return this;
    }

    /** Maximize the objective. */
    public SpaceBuilder maximize() {
        this.direction = Direction.MAXIMIZE;
        return this;
    }

    /** A uniform real parameter in {@code [low, high]}. */
    public SpaceBuilder floatParam(String param, double low, double high) {
        return floatParam(param, low, high, false);
    }

    /** A real parameter in {@code [low, high]}, log-uniform when {@code log} (then {@code low > 0}). */
    public SpaceBuilder floatParam(String param, double low, double high, boolean log) {
        return param(param, new FloatRange(low, high, log, 0));
    }

    /** A uniform integer parameter in {@code [low, high]}. */
    public SpaceBuilder intParam(String param, int low, int high) {
        return intParam(param, low, high, false);
    }

    /** An integer parameter in {@code [low, high]}, log-uniform when {@code log} (then {@code low >= 1}). */
    public SpaceBuilder intParam(String param, int low, int high, boolean log) {
        return param(param, new IntRange(low, high, log, 1));
    }

    /** A parameter taking one of {@code values} (strings, numbers or booleans). */
    public SpaceBuilder categorical(String param, Object... values) {
        return param(param, new Categorical(Arrays.asList(values)));
    }

    /** A parameter with any distribution, active under the enclosing {@link #when} conditions. */
    public SpaceBuilder param(String param, Distribution distribution) {
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(distribution, "distribution");
        if (param.isBlank() || param.startsWith("arch.")) {
            throw new IllegalArgumentException("param name must not be blank or start with 'arch.': '" + param + "'");
        }
        if (find(param).isPresent()) {
            throw new IllegalArgumentException("param '" + param + "' is declared twice");
        }
        params.add(new Param(param, distribution, scope));
        return this;
    }

    /**
     * Declares, inside {@code body}, parameters that are active only when {@code param} (declared before) is
     * active and takes one of {@code values}. Calls nest: an inner {@code when} adds its condition to the
     * outer one.
     */
    public SpaceBuilder when(String param, List<?> values, Consumer<SpaceBuilder> body) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(body, "body");
        Param guard = find(param).orElseThrow(() -> new IllegalArgumentException(
                "when names '" + param + "', which is not a parameter declared before"));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("when '" + param + "' needs at least one value");
        }
        for (Object v : values) {
            if (!guard.distribution().contains(v)) {
                throw new IllegalArgumentException("when '" + param + "': " + v + " is not a value it can take");
            }
        }
        Condition outer = scope;
        scope = outer.and(new Condition.OneOf(param, List.copyOf(values)));
        try {
            body.accept(this);
        } finally {
            scope = outer;
        }
        return this;
    }

    /** The sampler {@code type} ({@code random}, {@code tpe}, {@code sobol}, ...) with {@code seed}. */
    public SpaceBuilder sampler(String type, long seed) {
        return sampler(type, seed, Map.of());
    }

    /** The sampler {@code type} with {@code seed} and type-specific options. */
    public SpaceBuilder sampler(String type, long seed, Map<String, Object> options) {
        this.sampler = new SamplerSpec(type, seed, options);
        return this;
    }

    /** The pruner {@code type} ({@code none}, {@code median}, {@code asha}, {@code hyperband}). */
    public SpaceBuilder pruner(String type) {
        return pruner(type, Map.of());
    }

    /** The pruner {@code type} with type-specific options (such as {@code minEpochs}). */
    public SpaceBuilder pruner(String type, Map<String, Object> options) {
        this.pruner = new PrunerSpec(type, options);
        return this;
    }

    /** The most steps a trial reports (its last rung for ASHA and Hyperband). */
    public SpaceBuilder epochs(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("epochs must be >= 1: " + value);
        }
        this.epochs = value;
        return this;
    }

    /** Wall-time limits: for the whole study and per trial, in minutes (0: none). */
    public SpaceBuilder minutes(double study, double perTrial) {
        if (study < 0 || perTrial < 0) {
            throw new IllegalArgumentException("minutes must be >= 0: " + study + ", " + perTrial);
        }
        this.minutes = study;
        this.trialMinutes = perTrial;
        return this;
    }

    /** The space; its trial budget is set by each {@link Study#optimize} call. */
    public SearchSpace build() {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("params: a space needs at least one parameter");
        }
        return new SearchSpace(name, new io.automl.space.Objective(metric, direction), null,
                new Budget(100, epochs, minutes, 1, trialMinutes), sampler, pruner, Optional.empty(),
                EvaluatorSpec.library(), params, Optional.empty());
    }

    /**
     * {@code space} written in the search-space format (version 1, JSON), the text stored with its study.
     * Throws {@link IllegalArgumentException} for spaces with an architecture or a data set, whose source
     * text the caller must keep.
     */
    public static String toJson(SearchSpace space) {
        return new SpaceJson(space).write();
    }

    private Optional<Param> find(String param) {
        return params.stream().filter(p -> p.name().equals(param)).findFirst();
    }
}
