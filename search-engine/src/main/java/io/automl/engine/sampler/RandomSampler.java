package io.automl.engine.sampler;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.random.RandomGenerator;

/**
 * Uniform random search: a uniform point of the unit hypercube, decoded through the space (so log
 * ranges are log-uniform and categorical choices equally likely). Ignores the history. Stateless and
 * thread-safe.
 */
public final class RandomSampler implements Sampler {

    @Override
    public Config sample(StudyView study, SearchSpace space, RandomGenerator random) {
        double[] unit = new double[space.dimensions().size()];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = random.nextDouble();
        }
        return space.decode(unit);
    }
}
