package io.automl.engine.pruner;

import io.automl.engine.Pruner;
import io.automl.space.PrunerSpec;

/**
 * Builds a {@link Pruner} from a space's pruner section; throws {@link IllegalArgumentException} naming a
 * bad option. Implementations are thread-safe.
 */
@FunctionalInterface
public interface PrunerFactory {

    /** A pruner configured by {@code spec}. */
    Pruner create(PrunerSpec spec);
}
