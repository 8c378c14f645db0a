package io.automl.engine;

import io.automl.engine.pruner.PrunerRegistry;
import io.automl.engine.sampler.SamplerRegistry;
import io.automl.space.parse.PluginCatalog;
import io.automl.space.parse.SpaceError;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sampler and pruner registries as the space parser's {@link PluginCatalog}: the parser accepts
 * exactly the registered names and checks each section's options against the plugin's options record,
 * so {@code automl validate}, the API and the study runner agree on what a space may ask for. Pass
 * {@link #standard()} (or the same registries the runner uses) to every
 * {@link io.automl.space.parse.SpaceParser}. Immutable and thread-safe.
 */
public final class Plugins implements PluginCatalog {
    private final SamplerRegistry samplers;
    private final PrunerRegistry pruners;

    /** A catalog of {@code samplers} and {@code pruners}. */
    public Plugins(SamplerRegistry samplers, PrunerRegistry pruners) {
        this.samplers = Objects.requireNonNull(samplers, "samplers");
        this.pruners = Objects.requireNonNull(pruners, "pruners");
    }

    /** The built-in samplers and pruners. */
    public static Plugins standard() {
        return new Plugins(new SamplerRegistry(), new PrunerRegistry());
    }

    /** The samplers. */
    public SamplerRegistry samplers() {
        return samplers;
    }

    /** The pruners. */
    public PrunerRegistry pruners() {
        return pruners;
    }

    @Override
    public List<String> names(Kind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case SAMPLER -> samplers.types();
            case PRUNER -> pruners.types();
        };
    }

    @Override
    public List<SpaceError> check(Kind kind, String name, Map<String, Object> options, String pointer) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case SAMPLER -> samplers.check(name, options, pointer);
            case PRUNER -> pruners.check(name, options, pointer);
        };
    }
}
