package io.automl.engine.pruner;

import io.automl.engine.Pruner;

/**
 * Builds a {@link Pruner} from its validated options record; throws {@link IllegalArgumentException}
 * naming the option when the options do not fit the study. Implementations are thread-safe.
 *
 * @param <O> the pruner's options record
 */
@FunctionalInterface
public interface PrunerFactory<O extends Record> {

    /**
     * A pruner with {@code options}; {@code maxSteps} is the most steps (epochs) a trial of the study may
     * report, for pruners that size themselves by it (0 when unknown).
     */
    Pruner create(O options, int maxSteps);
}
