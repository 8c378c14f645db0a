package io.automl.engine.sampler.tpe;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.engine.options.OptionReader;
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
 * {@code startupTrials} trials have finished (COMPLETE or PRUNED) it samples uniformly. Then it ranks the
 * history (see {@link Split}), and for each group of dimensions that are active together (those guarded by
 * the same condition; the unconditional ones form one group) fits a good and a bad {@link ParzenEstimator} on
 * the trials where the group was active, draws {@code eiCandidates} points from the good one and keeps the
 * one maximizing {@code log l(x) - log g(x)}.
 *
 * <p>Independent mode (the default) models each dimension on its own: the score is the sum of the
 * dimensions' log ratios ({@link ParzenEstimator.Mode#FACTORIZED}). Multivariate mode models the group jointly
 * with product kernels ({@link ParzenEstimator.Mode#JOINT}), which captures interactions between parameters.
 * In both modes a candidate is drawn whole, from one good observation (or the prior) in every dimension of
 * the group, and every kernel's width is set per dimension from its neighbours. Groups are sampled in the
 * order of their first dimension, each condition evaluated on the values chosen so far. Constants are not
 * searched. Integer and stepped dimensions are drawn in the continuous encoded coordinate, snapped to their
 * values, and scored by the mass on the value's cell; log-scaled ones are modelled in log space; categorical
 * ones per choice. With {@code constantLiar}, RUNNING trials count as bad observations, so concurrent
 * workers steer away from points already being evaluated.
 *
 * <p>Keeps no state: every call reads the history from the {@link StudyView} and draws only from the
 * generator it is given. Cost per call: O(n) in the number of trials n to rank them, plus fits and scores
 * over at most 25 good and {@code maxObservations} bad observations, so it stops growing once the history
 * is larger than {@code maxObservations}. Immutable and thread-safe.
 */
public final class TpeSampler implements Sampler {
    private final TpeOptions options;

    /**
     * A sampler configured by a {@code SamplerSpec.options()} map (option names as the components of
     * {@link TpeOptions}); throws {@link IllegalArgumentException} naming every bad option.
     */
    public TpeSampler(Map<String, Object> options) {
        this(OptionReader.read(TpeOptions.defaults(), options, "/sampler").orThrow("sampler 'tpe'"));
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
        Axis[] axes = new Axis[group.length];
        for (int j = 0; j < group.length; j++) {
            axes[j] = Axis.of(dims.get(group[j]).distribution());
        }
        ParzenEstimator.Mode mode = options.multivariate() ? ParzenEstimator.Mode.JOINT
                : ParzenEstimator.Mode.FACTORIZED;
        ParzenEstimator good = new ParzenEstimator(project(split.below(), group), axes, options.priorWeight(), mode);
        ParzenEstimator bad = new ParzenEstimator(project(split.above(), group), axes, options.priorWeight(), mode);
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
     * Groups of dimension indices in order of their first member: constants alone, the other dimensions by
     * identical condition.
     */
    private static List<int[]> groups(List<Dimension> dims) {
        Map<Object, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            Object key = d.isFixed() ? Integer.valueOf(i) : new ConditionKey(d.condition());
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
