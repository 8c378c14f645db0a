package io.automl.engine.sampler;

import io.automl.engine.Sampler;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;

/**
 * Builds a {@link Sampler} for one study from its sampler section. Called once when a study starts;
 * throws {@link IllegalArgumentException} naming the option or dimension when the sampler cannot serve
 * the space. Implementations are thread-safe.
 */
@FunctionalInterface
public interface SamplerFactory {

    /** A sampler for {@code space}, configured by {@code spec}. */
    Sampler create(SamplerSpec spec, SearchSpace space);
}
