package io.automl.engine.sampler.nsga2;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * NSGA-II. Trial numbers form generations of the population size ({@link Nsga2Options#population}; a study
 * whose trial budget changes on a resume gets new generation boundaries from then on): generation 0 is uniform random; a trial
 * of generation g breeds from the parents chosen among the COMPLETE trials numbered before g x size (the
 * elitist (mu + lambda) selection of NSGA-II over every earlier generation), by constrained non-dominated
 * rank and crowding distance (an infeasible trial ranks after every feasible one, by its summed violation).
 * Two binary tournaments pick the parents; {@link Variation} makes the child. Works with one objective too
 * (then it is a plain elitist genetic algorithm).
 *
 * <p>Keeps no state: the parents are a function of the stored history, so every worker agrees; draws only from
 * the given generator. O(n^2) per proposal in the number of finished trials. Immutable and thread-safe.
 */
public final class Nsga2Sampler implements Sampler {
    private final int size;
    private final Variation variation;

    /** A sampler with {@code options} for a study of {@code trials} budgeted trials (which size an automatic population). */
    public Nsga2Sampler(Nsga2Options options, int trials) {
        Objects.requireNonNull(options, "options");
        this.size = options.population(trials);
        this.variation = new Variation(options);
    }

    @Override
    public Config sample(StudyView study, SearchSpace space, RandomGenerator random) {
        int generation = study.size() / size;
        if (generation == 0) {
            return uniform(space, random);
        }
        List<TrialSnapshot> trials = study.trials();
        Parents parents = Parents.select(trials, space.objectives(), generation * size, size);
        if (parents.isEmpty()) {
            return uniform(space, random);
        }
        TrialSnapshot first = parents.tournament(random);
        TrialSnapshot second = parents.tournament(random);
        double[] child = variation.child(space.encode(first.config()), space.encode(second.config()),
                space.dimensions(), random);
        return space.decode(child);
    }

    private static Config uniform(SearchSpace space, RandomGenerator random) {
        double[] unit = new double[space.dimensions().size()];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = random.nextDouble();
        }
        return space.decode(unit);
    }
}
