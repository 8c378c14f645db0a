package io.automl.engine.pruner;

import io.automl.engine.pruner.asha.AshaPruner;
import io.automl.engine.pruner.asha.HyperbandPruner;
import io.automl.engine.Pruner;
import io.automl.space.PrunerSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maps a pruner type ({@code PrunerSpec.type()}) to its factory. Built in: {@code none},
 * {@code median} (options {@code warmupSteps}, default 1, and {@code minTrials}, default 4),
 * {@code asha} ({@link AshaPruner}) and {@code hyperband} ({@link HyperbandPruner}, sized by the study's
 * epoch budget unless {@code maxResource} is given). Planned types not built yet ({@code percentile}) and
 * unknown types are rejected with {@link IllegalArgumentException} when a study starts. Immutable and
 * thread-safe.
 */
public final class PrunerRegistry {
    private static final Set<String> PLANNED = Set.of("percentile");

    private final Map<String, PrunerFactory> factories;

    /** The built-in pruners. */
    public PrunerRegistry() {
        this(builtIns());
    }

    private PrunerRegistry(Map<String, PrunerFactory> factories) {
        this.factories = Map.copyOf(factories);
    }

    /** A copy of this registry that also (or instead) maps {@code type} to {@code factory}. */
    public PrunerRegistry with(String type, PrunerFactory factory) {
        Map<String, PrunerFactory> copy = new TreeMap<>(factories);
        copy.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(factory, "factory"));
        return new PrunerRegistry(copy);
    }

    /** The registered type names, sorted. */
    public List<String> types() {
        return List.copyOf(new TreeSet<>(factories.keySet()));
    }

    /** The pruner {@code spec} asks for, with no known step budget (see {@link #create(PrunerSpec, int)}). */
    public Pruner create(PrunerSpec spec) {
        return create(spec, 0);
    }

    /**
     * The pruner {@code spec} asks for, for trials of at most {@code maxSteps} steps; throws when the type
     * is not available or an option is bad.
     */
    public Pruner create(PrunerSpec spec, int maxSteps) {
        Objects.requireNonNull(spec, "spec");
        PrunerFactory factory = factories.get(spec.type());
        if (factory == null) {
            if (PLANNED.contains(spec.type())) {
                throw new IllegalArgumentException("pruner '" + spec.type() + "' is not available yet");
            }
            throw new IllegalArgumentException("unknown pruner '" + spec.type() + "'; available: "
                    + String.join(", ", types()));
        }
        return factory.create(spec, maxSteps);
    }

    private static Map<String, PrunerFactory> builtIns() {
        Map<String, PrunerFactory> m = new TreeMap<>();
        m.put("none", (spec, maxSteps) -> {
            known(spec, Set.of());
            return (study, trial) -> false;
        });
        m.put("median", (spec, maxSteps) -> {
            known(spec, Set.of("warmupSteps", "minTrials"));
            return new MedianPruner(intOption(spec, "warmupSteps", 1), intOption(spec, "minTrials", 4));
        });
        m.put("asha", (spec, maxSteps) -> new AshaPruner(spec.options()));
        m.put("hyperband", (spec, maxSteps) -> new HyperbandPruner(spec.options(), maxSteps));
        return m;
    }

    private static void known(PrunerSpec spec, Set<String> known) {
        for (String key : spec.options().keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "' for pruner '" + spec.type()
                        + "'" + (known.isEmpty() ? "" : "; known: " + String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    private static int intOption(PrunerSpec spec, String key, int fallback) {
        Object v = spec.options().get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException("pruner option " + key + " must be an integer: " + v);
        }
        return n.intValue();
    }
}
