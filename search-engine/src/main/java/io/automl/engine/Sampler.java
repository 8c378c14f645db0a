package io.automl.engine;

import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Proposes the next configuration. Pure given the study history and the generator: a sampler keeps no
 * state of its own between calls, so many workers on many machines may share one study.
 * Implementations are thread-safe.
 */
public interface Sampler {

    /** The next candidate, a valid point of {@code space}. */
    Config sample(StudyView study, SearchSpace space, RandomGenerator random);

    /**
     * For a sampler that picks another to propose (such as {@code auto}): the label of the one that
     * {@link #sample} would use for {@code study} now, such as {@code gp}; empty (the default) for a sampler that
     * proposes by itself. The runner records it on each trial it starts ({@link SamplerLabels#ATTRIBUTE}).
     */
    default Optional<String> delegate(StudyView study, SearchSpace space) {
        return Optional.empty();
    }
}
