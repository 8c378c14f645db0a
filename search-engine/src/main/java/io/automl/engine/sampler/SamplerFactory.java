package io.automl.engine.sampler;

import io.automl.engine.Sampler;
import io.automl.space.SearchSpace;

/**
 * Builds a {@link Sampler} for one study from its validated options record. Called once when a study
 * starts; throws {@link IllegalArgumentException} naming the option or dimension when the sampler cannot
 * serve the space. Implementations are thread-safe.
 *
 * @param <O> the sampler's options record
 */
@FunctionalInterface
public interface SamplerFactory<O extends Record> {

    /** A sampler for {@code space} with {@code options}, drawing any randomness of its own from {@code seed}. */
    Sampler create(O options, long seed, SearchSpace space);
}
