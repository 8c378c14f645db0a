package io.automl.engine.sampler.evolution;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.options.OptionReader;
import io.automl.space.Categorical;
import io.automl.space.Config;
import io.automl.space.Dimension;
import io.automl.space.IntRange;
import io.automl.space.Objective;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Regularized (aging) evolution, after Real et al. 2019. The population is the {@code population} most
 * recently finished COMPLETE trials (by finish time, then number); until there are that many, samples
 * are uniform. Each call draws {@code sampleSize} members of the population at random, takes the best
 * (per the study's direction) as parent and mutates ONE of its active, non-constant dimensions: a block's
 * {@code .repeat} count steps by one up or down, a categorical takes another choice, any other dimension
 * is redrawn uniformly. Dimensions that the mutation activates are drawn uniformly, those it deactivates
 * disappear (the child is decoded from the mutated unit vector). Up to 10 mutations are tried to find a
 * configuration no trial of the study has yet; otherwise the last one is returned.
 *
 * <p>Keeps no state and draws only from the given generator; O(n) per call in the number of trials.
 * Immutable and thread-safe.
 */
public final class EvolutionSampler implements Sampler {
    private static final int ATTEMPTS = 10;

    private final int population;
    private final int sampleSize;

    /** A sampler with {@code options}. */
    public EvolutionSampler(EvolutionOptions options) {
        Objects.requireNonNull(options, "options");
        this.population = options.population();
        this.sampleSize = options.sampleSize();
    }

    /**
     * A sampler configured by a {@code SamplerSpec.options()} map: {@code population} and
     * {@code sampleSize} (see {@link EvolutionOptions}); throws {@link IllegalArgumentException} naming
     * every bad option.
     */
    public EvolutionSampler(Map<String, Object> options) {
        this(OptionReader.read(EvolutionOptions.defaults(), options, "/sampler").orThrow("sampler 'evolution'"));
    }

    @Override
    public Config sample(StudyView study, SearchSpace space, RandomGenerator random) {
        List<TrialSnapshot> finished = new ArrayList<>();
        Set<Map<String, Object>> seen = new HashSet<>();
        for (TrialSnapshot t : study.trials()) {
            seen.add(t.config().values());
            if (t.state() == TrialState.COMPLETE && t.value() != null && !t.value().isNaN()) {
                finished.add(t);
            }
        }
        if (finished.size() < population) {
            return uniform(space, random);
        }
        finished.sort(Comparator.comparing((TrialSnapshot t) -> t.finishedAt() == null ? t.createdAt() : t.finishedAt())
                .thenComparingInt(TrialSnapshot::number));
        List<TrialSnapshot> members = finished.subList(finished.size() - population, finished.size());
        TrialSnapshot parent = tournament(members, study.objective(), random);
        Config child = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            child = mutate(parent.config(), space, random);
            if (!seen.contains(child.values())) {
                return child;
            }
        }
        return child;
    }

    private TrialSnapshot tournament(List<TrialSnapshot> members, Objective objective, RandomGenerator random) {
        List<TrialSnapshot> pool = new ArrayList<>(members);
        TrialSnapshot best = null;
        for (int i = 0; i < sampleSize; i++) {
            int j = i + random.nextInt(pool.size() - i);
            TrialSnapshot pick = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, pick);
            if (best == null || objective.better(pick.value(), best.value())) {
                best = pick;
            }
        }
        return best;
    }

    /**
     * The parent with one active dimension changed; the others keep the parent's exact values, and
     * dimensions the change activates are drawn uniformly.
     */
    Config mutate(Config parent, SearchSpace space, RandomGenerator random) {
        List<Dimension> dims = space.dimensions();
        List<Integer> mutable = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            if (parent.has(d.key()) && d.distribution().contains(parent.values().get(d.key()))
                    && d.distribution().cardinality().orElse(Long.MAX_VALUE) > 1) {
                mutable.add(i);
            }
        }
        int target = mutable.isEmpty() ? -1 : mutable.get(random.nextInt(mutable.size()));
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            if (!d.condition().test(values)) {
                continue;
            }
            Object inherited = parent.values().get(d.key());
            if (i == target) {
                values.put(d.key(), mutated(d, inherited, random));
            } else if (inherited != null && d.distribution().contains(inherited)) {
                values.put(d.key(), inherited);
            } else {
                values.put(d.key(), d.distribution().decode(random.nextDouble()));
            }
        }
        return new Config(values);
    }

    private static Object mutated(Dimension d, Object current, RandomGenerator random) {
        if (d.key().endsWith(".repeat") && d.distribution() instanceof IntRange r) {
            int v = ((Number) current).intValue();
            int next = v + (random.nextBoolean() ? r.step() : -r.step());
            if (next < r.low() || next > r.high()) {
                next = v + (v + r.step() > r.high() ? -r.step() : r.step());
            }
            return next;
        }
        if (d.distribution() instanceof Categorical c) {
            int k = c.indexOf(current);
            int n = c.values().size();
            return c.values().get((k + 1 + random.nextInt(n - 1)) % n);
        }
        return d.distribution().decode(random.nextDouble());
    }

    private static Config uniform(SearchSpace space, RandomGenerator random) {
        double[] unit = new double[space.dimensions().size()];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = random.nextDouble();
        }
        return space.decode(unit);
    }
}
