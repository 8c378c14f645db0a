package io.automl.engine.sampler;

import io.automl.engine.sampler.evolution.EvolutionSampler;
import io.automl.engine.sampler.qmc.SobolSampler;
import io.automl.engine.sampler.tpe.TpeSampler;
import io.automl.engine.Sampler;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps a sampler type ({@code SamplerSpec.type()}) to its factory. Built in: {@code random},
 * {@code grid} (options {@code gridPoints}, {@code limit}), {@code halton}, {@code sobol}
 * ({@link SobolSampler}), {@code tpe} ({@link TpeSampler}) and {@code evolution} ({@link EvolutionSampler}).
 * Types that are planned but not built yet ({@code cmaes}, {@code gp}) and unknown types are
 * rejected with {@link IllegalArgumentException} when a study starts, before any trial runs.
 * Immutable and thread-safe; {@link #with} returns an extended copy.
 */
public final class SamplerRegistry {
    private static final Set<String> PLANNED = Set.of("cmaes", "gp");

    private final Map<String, SamplerFactory> factories;

    /** The built-in samplers. */
    public SamplerRegistry() {
        this(builtIns());
    }

    private SamplerRegistry(Map<String, SamplerFactory> factories) {
        this.factories = Map.copyOf(factories);
    }

    /** A copy of this registry that also (or instead) maps {@code type} to {@code factory}. */
    public SamplerRegistry with(String type, SamplerFactory factory) {
        Map<String, SamplerFactory> copy = new TreeMap<>(factories);
        copy.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(factory, "factory"));
        return new SamplerRegistry(copy);
    }

    /** The registered type names, sorted. */
    public List<String> types() {
        return List.copyOf(new TreeMap<>(factories).keySet());
    }

    /** A sampler for {@code space} as its {@code spec} asks; throws when the type is not available. */
    public Sampler create(SamplerSpec spec, SearchSpace space) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(space, "space");
        SamplerFactory factory = factories.get(spec.type());
        if (factory == null) {
            if (PLANNED.contains(spec.type())) {
                throw new IllegalArgumentException("sampler '" + spec.type() + "' is not available yet");
            }
            throw new IllegalArgumentException("unknown sampler '" + spec.type() + "'; available: "
                    + String.join(", ", new TreeMap<>(factories).keySet()));
        }
        return factory.create(spec, space);
    }

    private static Map<String, SamplerFactory> builtIns() {
        Map<String, SamplerFactory> m = new TreeMap<>();
        m.put("random", (spec, space) -> {
            Options.onlyKnown(spec.options(), Set.of(), "sampler 'random'");
            return new RandomSampler();
        });
        m.put("grid", (spec, space) -> {
            Options.onlyKnown(spec.options(), Set.of("gridPoints", "limit"), "sampler 'grid'");
            return GridSampler.fromOptions(space, spec.options());
        });
        m.put("halton", (spec, space) -> {
            Options.onlyKnown(spec.options(), Set.of(), "sampler 'halton'");
            return new HaltonSampler(space.dimensions().size(), spec.seed());
        });
        m.put("sobol", (spec, space) -> {
            Options.onlyKnown(spec.options(), Set.of(), "sampler 'sobol'");
            return new SobolSampler(spec.seed());
        });
        m.put("tpe", (spec, space) -> new TpeSampler(spec.options()));
        m.put("evolution", (spec, space) -> new EvolutionSampler(spec.options()));
        return m;
    }
}
