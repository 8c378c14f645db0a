package io.automl.engine.pruner;

import io.automl.engine.Pruner;
import io.automl.space.PrunerSpec;

/**
 * Builds a {@link Pruner} from a space's pruner section; throws {@link IllegalArgumentException} naming a
 * bad option. Implementations are thread-safe.
 */
@FunctionalInterface
public interface PrunerFactory {

    /**
     * A pruner configured by {@code spec}; {@code maxSteps} is the most steps (epochs) a trial of the study
     * may report, for pruners that size themselves by it (0 when unknown).
     */
    Pruner create(PrunerSpec spec, int maxSteps);
}
