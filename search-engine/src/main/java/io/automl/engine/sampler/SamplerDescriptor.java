package io.automl.engine.sampler;

import io.automl.engine.Sampler;
import io.automl.engine.options.OptionReader;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceError;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the service knows about one sampler: its {@code name} (the space's {@code sampler.type}),
 * its options record (the type of {@code defaults}, whose values are the defaults and whose canonical
 * constructor validates them) and its {@code factory}. Options are read by {@link OptionReader}. Immutable
 * and thread-safe.
 *
 * @param <O> the options record
 */
public record SamplerDescriptor<O extends Record>(String name, O defaults, SamplerFactory<O> factory) {
    public SamplerDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(factory, "factory");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        OptionReader.names(defaults.getClass());
    }

    /** The option names this sampler accepts. */
    public List<String> options() {
        return OptionReader.names(defaults.getClass());
    }

    /** The problems of {@code options}, with pointers under {@code pointer}; empty when they are valid. */
    public List<SpaceError> check(Map<String, ?> options, String pointer) {
        return OptionReader.read(defaults, options, pointer).errors();
    }

    /** A sampler for {@code space} as {@code spec} asks; throws when an option is bad. */
    public Sampler create(SamplerSpec spec, SearchSpace space) {
        O options = OptionReader.read(defaults, spec.options(), "/sampler").orThrow("sampler '" + name + "'");
        return factory.create(options, spec.seed(), space);
    }
}
