package io.automl.engine.pruner;

import io.automl.engine.Pruner;
import io.automl.engine.options.OptionReader;
import io.automl.space.PrunerSpec;
import io.automl.space.parse.SpaceError;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the service knows about one pruner: its {@code name} (the space's {@code pruner.type}), its
 * options record (the type of {@code defaults}, whose values are the defaults and whose canonical
 * constructor validates them) and its {@code factory}. Options are read by {@link OptionReader}. Immutable
 * and thread-safe.
 *
 * @param <O> the options record
 */
public record PrunerDescriptor<O extends Record>(String name, O defaults, PrunerFactory<O> factory) {
    public PrunerDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(factory, "factory");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        OptionReader.names(defaults.getClass());
    }

    /** The option names this pruner accepts. */
    public List<String> options() {
        return OptionReader.names(defaults.getClass());
    }

    /** The problems of {@code options}, with pointers under {@code pointer}; empty when they are valid. */
    public List<SpaceError> check(Map<String, ?> options, String pointer) {
        return OptionReader.read(defaults, options, pointer).errors();
    }

    /** The pruner {@code spec} asks for, for trials of at most {@code maxSteps} steps; throws when an option is bad. */
    public Pruner create(PrunerSpec spec, int maxSteps) {
        O options = OptionReader.read(defaults, spec.options(), "/pruner").orThrow("pruner '" + name + "'");
        return factory.create(options, maxSteps);
    }
}
