package io.automl.space;

import io.automl.space.arch.ArchitectureSpace;
import io.automl.space.arch.NetworkPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A validated search space: what to optimize, on which data, with which budget, sampler, pruner and
 * evaluator, over which parameters and architectures.
 *
 * <p>The space flattens into an ordered list of {@link Dimension}s (parameters first, then the
 * architecture); a condition only reads dimensions that come before the one it guards. A point of
 * the unit hypercube with one coordinate per dimension decodes to a {@link Config}. Immutable and
 * thread-safe. Build one with {@code SpaceParser} from JSON or YAML.
 */
public final class SearchSpace {
    private final String name;
    private final Objective objective;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final DatasetSpec dataset;
    private final Budget budget;
    private final SamplerSpec sampler;
    private final PrunerSpec pruner;
    private final Optional<EarlyStopping> earlyStopping;
    private final EvaluatorSpec evaluator;
    private final List<Param> params;
    private final Optional<ArchitectureSpace> architecture;
    private final List<Dimension> dimensions;

    /** Creates a single-objective space; arguments are assumed validated by the parser (only nulls are checked here). */
    public SearchSpace(String name, Objective objective, DatasetSpec dataset, Budget budget, SamplerSpec sampler,
            PrunerSpec pruner, Optional<EarlyStopping> earlyStopping, EvaluatorSpec evaluator, List<Param> params,
            Optional<ArchitectureSpace> architecture) {
        this(name, List.of(objective), List.of(), dataset, budget, sampler, pruner, earlyStopping, evaluator, params,
                architecture);
    }

    /**
     * Creates a space with one or more {@code objectives} (the first is the primary one, {@link #objective()})
     * and {@code constraints}; arguments are assumed validated by the parser (only nulls and an empty objective
     * list are checked here).
     */
    public SearchSpace(String name, List<Objective> objectives, List<Constraint> constraints, DatasetSpec dataset,
            Budget budget, SamplerSpec sampler, PrunerSpec pruner, Optional<EarlyStopping> earlyStopping,
            EvaluatorSpec evaluator, List<Param> params, Optional<ArchitectureSpace> architecture) {
        this.name = Objects.requireNonNull(name, "name");
        this.objectives = List.copyOf(objectives);
        if (this.objectives.isEmpty()) {
            throw new IllegalArgumentException("objectives must not be empty");
        }
        this.objective = this.objectives.get(0);
        this.constraints = List.copyOf(constraints);
        this.dataset = dataset;
        this.budget = Objects.requireNonNull(budget, "budget");
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        this.pruner = Objects.requireNonNull(pruner, "pruner");
        this.earlyStopping = Objects.requireNonNull(earlyStopping, "earlyStopping");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.params = List.copyOf(params);
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.dimensions = Dimensions.flatten(this.params, this.architecture);
    }

    public String name() {
        return name;
    }

    /** The primary objective: the only one of a single-objective space, the first of {@link #objectives()}. */
    public Objective objective() {
        return objective;
    }

    /** Every objective in declared order; one element unless the space declares {@code objectives}. */
    public List<Objective> objectives() {
        return objectives;
    }

    /** Whether the space optimizes two or more objectives at once. */
    public boolean multiObjective() {
        return objectives.size() > 1;
    }

    /** The feasibility bounds on metrics; empty when none are declared. */
    public List<Constraint> constraints() {
        return constraints;
    }

    /** The data set; null only for spaces whose evaluator brings its own data (command evaluator). */
    public DatasetSpec dataset() {
        return dataset;
    }

    public Budget budget() {
        return budget;
    }

    public SamplerSpec sampler() {
        return sampler;
    }

    public PrunerSpec pruner() {
        return pruner;
    }

    public Optional<EarlyStopping> earlyStopping() {
        return earlyStopping;
    }

    public EvaluatorSpec evaluator() {
        return evaluator;
    }

    public List<Param> params() {
        return params;
    }

    public Optional<ArchitectureSpace> architecture() {
        return architecture;
    }

    /** Every dimension in order; the unit hypercube has {@code dimensions().size()} coordinates. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** A copy of this space with another budget (for command-line overrides). */
    public SearchSpace withBudget(Budget newBudget) {
        return new SearchSpace(name, objectives, constraints, dataset, newBudget, sampler, pruner, earlyStopping, evaluator,
                params, architecture);
    }

    /** A copy of this space with another name. */
    public SearchSpace withName(String newName) {
        return new SearchSpace(newName, objectives, constraints, dataset, budget, sampler, pruner, earlyStopping, evaluator,
                params, architecture);
    }

    /**
     * Decodes a point of the unit hypercube. Coordinates of inactive dimensions are ignored (they may
     * be NaN).
     */
    public Config decode(double[] unit) {
        if (unit.length != dimensions.size()) {
            throw new IllegalArgumentException("unit has " + unit.length + " coordinates, space has "
                    + dimensions.size() + " dimensions");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < unit.length; i++) {
            Dimension d = dimensions.get(i);
            if (d.condition().test(values)) {
                double u = Double.isNaN(unit[i]) ? 0.5 : unit[i];
                values.put(d.key(), d.distribution().decode(u));
            }
        }
        return new Config(values);
    }

    /** Encodes a configuration into the unit hypercube; inactive dimensions become NaN. */
    public double[] encode(Config config) {
        double[] unit = new double[dimensions.size()];
        for (int i = 0; i < unit.length; i++) {
            Dimension d = dimensions.get(i);
            Object v = config.values().get(d.key());
            unit[i] = v == null ? Double.NaN : d.distribution().encode(v);
        }
        return unit;
    }

    /**
     * Checks that {@code config} is a point of this space: every active dimension has a value it
     * contains, no inactive or unknown key is present. Returns the problems, empty when valid.
     */
    public List<String> validate(Config config) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> seen = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            Object v = config.values().get(d.key());
            boolean active = d.condition().test(seen);
            if (active && v == null) {
                problems.add(d.key() + ": missing");
            } else if (!active && v != null) {
                problems.add(d.key() + ": present but its condition does not hold");
            } else if (v != null && !d.distribution().contains(v)) {
                problems.add(d.key() + ": " + v + " is outside " + d.distribution());
            }
            if (active && v != null) {
                seen.put(d.key(), v);
            }
        }
        for (String key : config.values().keySet()) {
            if (dimensions.stream().noneMatch(d -> d.key().equals(key))) {
                problems.add(key + ": not a dimension of this space");
            }
        }
        return problems;
    }

    /**
     * The number of distinct configurations when every dimension is discrete, counting conditional
     * branches exactly; empty when some active dimension is continuous or the count overflows.
     */
    public OptionalLong gridSize() {
        return Dimensions.gridSize(dimensions);
    }

    /** The concrete network {@code config} picks, or empty when the space declares no architecture. */
    public Optional<NetworkPlan> plan(Config config) {
        return architecture.map(a -> Dimensions.plan(a, config));
    }

    /**
     * Every configuration of a fully discrete space, in a fixed order, for grid search; empty when
     * some active dimension is continuous or there are more than {@code limit} configurations.
     */
    public Optional<List<Config>> grid(long limit) {
        List<Config> all = new ArrayList<>();
        return Dimensions.enumerate(dimensions, limit, all::add) ? Optional.of(List.copyOf(all)) : Optional.empty();
    }
}
