package io.automl.engine.pruner;

import io.automl.engine.Pruner;
import io.automl.engine.options.NoOptions;
import io.automl.engine.pruner.asha.AshaOptions;
import io.automl.engine.pruner.asha.AshaPruner;
import io.automl.engine.pruner.asha.HyperbandOptions;
import io.automl.engine.pruner.asha.HyperbandPruner;
import io.automl.space.PrunerSpec;
import io.automl.space.parse.SpaceError;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pruners by type name ({@code PrunerSpec.type()}), one {@link PrunerDescriptor} each: the only list
 * of pruner names, read by the space parser through {@code io.automl.engine.Plugins} and by the study
 * runner. Built in: {@code none}, {@code median} ({@link MedianOptions}), {@code asha}
 * ({@link AshaOptions}) and {@code hyperband} ({@link HyperbandOptions}, sized by the study's epoch budget
 * unless {@code maxResource} is given). Planned types not built yet ({@code percentile}) and unknown types
 * are rejected with {@link IllegalArgumentException} when a study starts. Immutable and thread-safe;
 * {@link #with} returns an extended copy.
 */
public final class PrunerRegistry {
    private static final Set<String> PLANNED = Set.of("percentile");

    private final Map<String, PrunerDescriptor<?>> descriptors;

    /** The built-in pruners. */
    public PrunerRegistry() {
        this(builtIns());
    }

    private PrunerRegistry(List<PrunerDescriptor<?>> descriptors) {
        Map<String, PrunerDescriptor<?>> byName = new TreeMap<>();
        descriptors.forEach(d -> byName.put(d.name(), d));
        this.descriptors = Map.copyOf(byName);
    }

    /** A copy of this registry that also (or instead of a pruner of the same name) holds {@code descriptor}. */
    public PrunerRegistry with(PrunerDescriptor<?> descriptor) {
        Objects.requireNonNull(descriptor, "descriptor");
        TreeMap<String, PrunerDescriptor<?>> copy = new TreeMap<>(descriptors);
        copy.put(descriptor.name(), descriptor);
        return new PrunerRegistry(List.copyOf(copy.values()));
    }

    /** The registered type names, sorted. */
    public List<String> types() {
        return List.copyOf(new TreeMap<>(descriptors).keySet());
    }

    /** The descriptors, sorted by name. */
    public List<PrunerDescriptor<?>> descriptors() {
        return List.copyOf(new TreeMap<>(descriptors).values());
    }

    /** The descriptor of {@code type}, if registered. */
    public Optional<PrunerDescriptor<?>> descriptor(String type) {
        return Optional.ofNullable(descriptors.get(Objects.requireNonNull(type, "type")));
    }

    /**
     * The problems of {@code options} for pruner {@code type}, with pointers under {@code pointer} (such as
     * {@code /pruner}); an unknown type is one problem at {@code pointer/type}.
     */
    public List<SpaceError> check(String type, Map<String, ?> options, String pointer) {
        return descriptor(type).map(d -> d.check(options, pointer)).orElseGet(() -> List.of(new SpaceError(
                pointer + "/type", "unknown pruner '" + type + "'; expected one of " + String.join(", ", types()),
                null)));
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
        PrunerDescriptor<?> descriptor = descriptors.get(spec.type());
        if (descriptor == null) {
            if (PLANNED.contains(spec.type())) {
                throw new IllegalArgumentException("pruner '" + spec.type() + "' is not available yet");
            }
            throw new IllegalArgumentException("unknown pruner '" + spec.type() + "'; available: "
                    + String.join(", ", types()));
        }
        return descriptor.create(spec, maxSteps);
    }

    private static List<PrunerDescriptor<?>> builtIns() {
        return List.of(
                new PrunerDescriptor<>("none", new NoOptions(), (o, maxSteps) -> (study, trial) -> false),
                new PrunerDescriptor<>("median", MedianOptions.defaults(), (o, maxSteps) -> new MedianPruner(o)),
                new PrunerDescriptor<>("asha", AshaOptions.defaults(), (o, maxSteps) -> new AshaPruner(o)),
                new PrunerDescriptor<>("hyperband", HyperbandOptions.defaults(),
                        (o, maxSteps) -> new HyperbandPruner(o, maxSteps)));
    }
}
