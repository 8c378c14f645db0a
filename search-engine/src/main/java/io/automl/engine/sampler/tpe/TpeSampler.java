package io.automl.engine.sampler.tpe;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.space.Categorical;
import io.automl.space.Condition;
import io.automl.space.Config;
import io.automl.space.Dimension;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Tree-structured Parzen Estimator search, after Optuna's {@code TPESampler}. Until
 * {@code startupTrials} trials have finished (COMPLETE, or PRUNED with an intermediate value) it samples
 * uniformly. Then it ranks the history (see {@link Split}), fits a good and a bad {@link ParzenEstimator}
 * and, among {@code eiCandidates} draws from the good one, keeps the draw maximizing
 * {@code log l(x) - log g(x)}.
 *
 * <p>Dimensions are sampled in the space's order, each condition evaluated on the values chosen so far;
 * a dimension (or a group) is fitted only on the trials where it was active. Independent mode fits each
 * dimension alone; {@code multivariate} mode fits jointly every group of dimensions guarded by the same
 * condition (the unconditional ones form one group). Constants are not searched. Integer and stepped
 * dimensions are modelled in the continuous encoded coordinate and snapped by decoding; categorical ones
 * are modelled per choice. With {@code constantLiar}, RUNNING trials count as bad observations, so
 * concurrent workers steer away from points already being evaluated.
 *
 * <p>Keeps no state: every call reads the history from the {@link StudyView} and draws only from the
 * generator it is given. Cost per call: O(n log n) in the number of trials n, plus fits over at most 25
 * good and {@code maxObservations} bad observations. Immutable and thread-safe.
 */
public final class TpeSampler implements Sampler {
    private final TpeOptions options;

    /** A sampler configured by a {@code SamplerSpec.options()} map (see {@link TpeOptions#fromMap}). */
    public TpeSampler(Map<String, Object> options) {
        this(TpeOptions.fromMap(Objects.requireNonNull(options, "options")));
    }

    /** A sampler with explicit options. */
    public TpeSampler(TpeOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The options in force. */
    public TpeOptions options() {
        return options;
    }

    @Override
    public Config sample(StudyView study, SearchSpace space, RandomGenerator random) {
        List<Dimension> dims = space.dimensions();
        double[] unit = new double[dims.size()];
        Split split = Split.of(study.trials(), space, study.objective().direction(), options);
        if (split.finished() < options.startupTrials()) {
            for (int i = 0; i < unit.length; i++) {
                unit[i] = random.nextDouble();
            }
            return space.decode(unit);
        }
        Arrays.fill(unit, Double.NaN);
        Map<String, Object> chosen = new HashMap<>();
        for (int[] group : groups(dims)) {
            Dimension first = dims.get(group[0]);
            if (!first.condition().test(chosen)) {
                continue;
            }
            if (first.isFixed()) {
                unit[group[0]] = 0.5;
                chosen.put(first.key(), first.distribution().decode(0.5));
                continue;
            }
            double[] x = propose(group, dims, split, random);
            for (int j = 0; j < group.length; j++) {
                Dimension d = dims.get(group[j]);
                unit[group[j]] = x[j];
                chosen.put(d.key(), d.distribution().decode(x[j]));
            }
        }
        return space.decode(unit);
    }

    private double[] propose(int[] group, List<Dimension> dims, Split split, RandomGenerator random) {
        int[] choices = new int[group.length];
        for (int j = 0; j < group.length; j++) {
            choices[j] = dims.get(group[j]).distribution() instanceof Categorical c ? c.values().size() : 0;
        }
        boolean joint = options.multivariate();
        ParzenEstimator good = new ParzenEstimator(project(split.below(), group), choices, options.priorWeight(), joint);
        ParzenEstimator bad = new ParzenEstimator(project(split.above(), group), choices, options.priorWeight(), joint);
        double[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < options.eiCandidates(); i++) {
            double[] x = good.sample(random);
            double score = good.logPdf(x) - bad.logPdf(x);
            if (best == null || score > bestScore) {
                best = x;
                bestScore = score;
            }
        }
        return best;
    }

    /** The observations' coordinates of {@code group}, keeping only those where every one was active. */
    private static List<double[]> project(List<double[]> points, int[] group) {
        List<double[]> out = new ArrayList<>(points.size());
        for (double[] p : points) {
            double[] x = new double[group.length];
            boolean active = true;
            for (int j = 0; j < group.length && active; j++) {
                x[j] = p[group[j]];
                active = !Double.isNaN(x[j]);
            }
            if (active) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * Groups of dimension indices in order of their first member: constants alone; other dimensions alone
     * (independent) or grouped by identical condition (multivariate).
     */
    private List<int[]> groups(List<Dimension> dims) {
        Map<Object, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            Condition c = d.condition();
            Object key = d.isFixed() || !options.multivariate() ? Integer.valueOf(i) : new ConditionKey(c);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> members : byKey.values()) {
            out.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private record ConditionKey(Condition condition) {
    }
}
