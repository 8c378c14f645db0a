package io.automl.engine.sampler;

import io.automl.engine.Sampler;
import io.automl.engine.options.NoOptions;
import io.automl.engine.sampler.auto.AutoOptions;
import io.automl.engine.sampler.auto.AutoSampler;
import io.automl.engine.sampler.evolution.EvolutionOptions;
import io.automl.engine.sampler.evolution.EvolutionSampler;
import io.automl.engine.sampler.gp.GpOptions;
import io.automl.engine.sampler.gp.GpSampler;
import io.automl.engine.sampler.nsga2.Nsga2Options;
import io.automl.engine.sampler.nsga2.Nsga2Sampler;
import io.automl.engine.sampler.qmc.SobolSampler;
import io.automl.engine.sampler.tpe.TpeOptions;
import io.automl.engine.sampler.tpe.TpeSampler;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceError;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The samplers by type name ({@code SamplerSpec.type()}), one {@link SamplerDescriptor} each: the only
 * list of sampler names, read by the space parser through {@code io.automl.engine.Plugins} and by the
 * study runner. Built in: {@code auto} ({@link AutoOptions}, the default of a space that names no sampler),
 * {@code random}, {@code grid} ({@link GridOptions}), {@code halton}, {@code sobol} ({@link SobolSampler}),
 * {@code tpe} ({@link TpeOptions}), {@code gp} ({@link GpOptions}), {@code evolution} ({@link EvolutionOptions})
 * and {@code nsga2} ({@link Nsga2Options}, multi-objective). Types that are planned but not built yet
 * ({@code cmaes}) and
 * unknown types are rejected with {@link IllegalArgumentException} when a study starts, before any trial
 * runs. Immutable and thread-safe; {@link #with} returns an extended copy.
 */
public final class SamplerRegistry {
    private static final Set<String> PLANNED = Set.of("cmaes");

    private final Map<String, SamplerDescriptor<?>> descriptors;

    /** The built-in samplers. */
    public SamplerRegistry() {
        this(builtIns());
    }

    private SamplerRegistry(List<SamplerDescriptor<?>> descriptors) {
        Map<String, SamplerDescriptor<?>> byName = new TreeMap<>();
        descriptors.forEach(d -> byName.put(d.name(), d));
        this.descriptors = Map.copyOf(byName);
    }

    /** A copy of this registry that also (or instead of a sampler of the same name) holds {@code descriptor}. */
    public SamplerRegistry with(SamplerDescriptor<?> descriptor) {
        Objects.requireNonNull(descriptor, "descriptor");
        TreeMap<String, SamplerDescriptor<?>> copy = new TreeMap<>(descriptors);
        copy.put(descriptor.name(), descriptor);
        return new SamplerRegistry(List.copyOf(copy.values()));
    }

    /** The registered type names, sorted. */
    public List<String> types() {
        return List.copyOf(new TreeMap<>(descriptors).keySet());
    }

    /** The descriptors, sorted by name. */
    public List<SamplerDescriptor<?>> descriptors() {
        return List.copyOf(new TreeMap<>(descriptors).values());
    }

    /** The descriptor of {@code type}, if registered. */
    public Optional<SamplerDescriptor<?>> descriptor(String type) {
        return Optional.ofNullable(descriptors.get(Objects.requireNonNull(type, "type")));
    }

    /**
     * The problems of {@code options} for sampler {@code type}, with pointers under {@code pointer} (such
     * as {@code /sampler}); an unknown type is one problem at {@code pointer/type}.
     */
    public List<SpaceError> check(String type, Map<String, ?> options, String pointer) {
        return descriptor(type).map(d -> d.check(options, pointer)).orElseGet(() -> List.of(new SpaceError(
                pointer + "/type", "unknown sampler '" + type + "'; expected one of " + String.join(", ", types()),
                null)));
    }

    /** A sampler for {@code space} as its {@code spec} asks; throws when the type is not available or an option is bad. */
    public Sampler create(SamplerSpec spec, SearchSpace space) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(space, "space");
        SamplerDescriptor<?> descriptor = descriptors.get(spec.type());
        if (descriptor == null) {
            if (PLANNED.contains(spec.type())) {
                throw new IllegalArgumentException("sampler '" + spec.type() + "' is not available yet");
            }
            throw new IllegalArgumentException("unknown sampler '" + spec.type() + "'; available: "
                    + String.join(", ", types()));
        }
        return descriptor.create(spec, space);
    }

    private static List<SamplerDescriptor<?>> builtIns() {
        return List.of(
                new SamplerDescriptor<>("auto", AutoOptions.defaults(), (o, seed, space) -> new AutoSampler(o, seed)),
                new SamplerDescriptor<>("random", new NoOptions(), (o, seed, space) -> new RandomSampler()),
                new SamplerDescriptor<>("grid", GridOptions.defaults(), (o, seed, space) -> new GridSampler(space, o)),
                new SamplerDescriptor<>("halton", new NoOptions(),
                        (o, seed, space) -> new HaltonSampler(space.dimensions().size(), seed)),
                new SamplerDescriptor<>("sobol", new NoOptions(), (o, seed, space) -> new SobolSampler(seed)),
                new SamplerDescriptor<>("tpe", TpeOptions.defaults(), (o, seed, space) -> new TpeSampler(o)),
                new SamplerDescriptor<>("gp", GpOptions.defaults(), (o, seed, space) -> new GpSampler(o, seed)),
                new SamplerDescriptor<>("evolution", EvolutionOptions.defaults(),
                        (o, seed, space) -> new EvolutionSampler(o)),
                new SamplerDescriptor<>("nsga2", Nsga2Options.defaults(), (o, seed, space) -> new Nsga2Sampler(o,
                        space.budget().trials())));
    }
}
