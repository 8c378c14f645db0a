package io.automl.eval;

import io.automl.engine.Evaluator;
import io.automl.eval.command.CommandEvaluator;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.dl4j.Nd4jSettings;
import io.automl.space.EvaluatorSpec;
import io.automl.space.SearchSpace;
import io.automl.space.policy.Policy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Creates the evaluator a space's {@code evaluator} spec asks for: {@code dl4j} (the built-in trainer,
 * sharing this factory's {@link DatasetCache} and {@link Nd4jSettings}, so the ND4J settings are decided and
 * logged once per factory) or {@code command} (an external program per trial). Every space
 * is checked against the factory's {@link Policy} first: a command evaluator where commands are not allowed, or a
 * data set outside the policy's data folders, is refused before anything runs or is read. Relative paths
 * resolve against the base directory given per space (the directory of the space file). Thread-safe.
 */
public final class Evaluators {
    private final DatasetCache cache;
    private final long maxParameters;
    private final Policy policy;
    private final Clock clock;
    private final Map<String, String> environment;
    private final Nd4jSettings nd4j;

    /**
     * A factory sharing {@code cache}, refusing networks above {@code maxParameters}, and creating only what
     * {@code policy} permits.
     */
    public Evaluators(DatasetCache cache, long maxParameters, Policy policy, Clock clock) {
        this.cache = Objects.requireNonNull(cache, "cache");
        if (maxParameters < 1) {
            throw new IllegalArgumentException("maxParameters must be >= 1: " + maxParameters);
        }
        this.maxParameters = maxParameters;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.environment = Map.of();
        this.nd4j = new Nd4jSettings(System.getProperties());
    }

    private Evaluators(Evaluators base, Map<String, String> environment) {
        this.cache = base.cache;
        this.maxParameters = base.maxParameters;
        this.policy = base.policy;
        this.clock = base.clock;
        this.environment = Map.copyOf(environment);
        this.nd4j = base.nd4j;
    }

    /**
     * A factory like this one whose command evaluators add {@code environment} to each program's environment
     * (a worker's device slot sets {@code CUDA_VISIBLE_DEVICES} this way).
     */
    public Evaluators withEnvironment(Map<String, String> environment) {
        return new Evaluators(this, Objects.requireNonNull(environment, "environment"));
    }

    /** A factory with the default parameter limit and the system clock. */
    public Evaluators(DatasetCache cache, Policy policy) {
        this(cache, Dl4jEvaluator.DEFAULT_MAX_PARAMETERS, policy, Clock.systemUTC());
    }

    /**
     * A factory with the default parameter limit and the system clock that reads any path and creates command
     * evaluators only when {@code allowCommands}.
     */
    public Evaluators(DatasetCache cache, boolean allowCommands) {
        this(cache, allowCommands ? Policy.operator() : new Policy(false, false, java.util.List.of()));
    }

    /** What this factory permits. */
    public Policy policy() {
        return policy;
    }

    /**
     * The evaluator for {@code space}.
     *
     * @throws UnsupportedOperationException for a space the policy refuses (the message says why)
     * @throws IllegalArgumentException for an unknown evaluator type
     */
    public Evaluator create(SearchSpace space, Path baseDir) {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(baseDir, "baseDir");
        String type = space.evaluator().type();
        if (!type.equals(EvaluatorSpec.LIBRARY)) {
            policy.refusal(space, baseDir).ifPresent(why -> {
                throw new UnsupportedOperationException(why);
            });
        }
        switch (type) {
            case "dl4j":
                return new Dl4jEvaluator(space, baseDir, cache, maxParameters, clock, nd4j);
            case "command":
                return new CommandEvaluator(space.evaluator().command(), baseDir,
                        space.evaluator().timeoutSeconds(), clock, environment);
            case EvaluatorSpec.LIBRARY:
                throw new UnsupportedOperationException("study '" + space.name() + "' has a library evaluator: its"
                        + " objective runs in the Java program that created it (Study.optimize), not here");
            default:
                throw new IllegalArgumentException("unknown evaluator type '" + type + "'; known: dl4j, command, library");
        }
    }
}
