package io.automl.engine.sampler.gp;

import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Maximises log expected improvement over a space by multi-start local search. Candidates are
 * {@code candidates} uniform points of the unit hypercube plus the given starting points (the best
 * observations); the {@code starts} best by acquisition are improved by coordinate search: each active
 * numeric coordinate tries a step up and down (steps from 0.1, divided by 4 whenever a sweep improves
 * nothing, down to 1e-5, at most 100 sweeps), each active categorical dimension tries every other choice, and
 * the best move of each try is kept when it improves. Every point is scored as the decoder rounds it (integers,
 * steps, conditions), so the search never proposes a point it has not scored. A point whose configuration some
 * trial of the study already has ({@code taken}: finished, pruned or failed, and running ones under the constant
 * liar) is never proposed: the best point found that decodes to a new configuration wins, and a random point when
 * every point found is taken. (With discrete and categorical parameters, and a model nearly certain at its
 * observations, the best acquisition can sit on an observed configuration.) Deterministic given the generator.
 * Not thread-safe (one instance per proposal).
 */
final class AcquisitionSearch {
    private static final double FIRST_STEP = 0.1;
    private static final double LAST_STEP = 1e-5;
    private static final int MAX_SWEEPS = 100;

    private final SearchSpace space;
    private final Features features;
    private final Posterior posterior;
    private final double best;
    private final Set<Config> taken;

    AcquisitionSearch(SearchSpace space, Features features, Posterior posterior, double best, Set<Config> taken) {
        this.space = space;
        this.features = features;
        this.posterior = posterior;
        this.best = best;
        this.taken = taken;
    }

    /** The unit point with the highest acquisition found. */
    double[] maximise(List<double[]> seeds, int candidates, int starts, RandomGenerator random) {
        int dims = space.dimensions().size();
        List<Scored> pool = new ArrayList<>();
        for (double[] s : seeds) {
            double[] u = s.clone();
            for (int d = 0; d < dims; d++) {
                if (Double.isNaN(u[d])) {
                    u[d] = random.nextDouble();
                }
            }
            pool.add(score(u));
        }
        for (int c = 0; c < candidates; c++) {
            pool.add(score(uniform(dims, random)));
        }
        pool.sort(Comparator.comparingDouble(Scored::value).reversed());
        List<Scored> found = new ArrayList<>(pool);
        for (int s = 0; s < Math.min(starts, pool.size()); s++) {
            found.add(climb(pool.get(s)));
        }
        found.sort(Comparator.comparingDouble(Scored::value).reversed());
        for (Scored s : found) {
            if (!taken.contains(s.config())) {
                return s.unit();
            }
        }
        return uniform(dims, random);
    }

    /** A uniform point of the unit hypercube. */
    private static double[] uniform(int dims, RandomGenerator random) {
        double[] u = new double[dims];
        for (int d = 0; d < dims; d++) {
            u[d] = random.nextDouble();
        }
        return u;
    }

    private Scored climb(Scored start) {
        Scored current = start;
        double step = FIRST_STEP;
        for (int sweep = 0; sweep < MAX_SWEEPS && step >= LAST_STEP; sweep++) {
            boolean improved = false;
            for (int d = 0; d < current.unit().length; d++) {
                if (!features.searched(d) || Double.isNaN(current.encoded()[d])) {
                    continue;
                }
                Scored moved = features.choices(d) > 0 ? bestChoice(current, d) : bestStep(current, d, step);
                if (moved.value() > current.value()) {
                    current = moved;
                    improved = true;
                }
            }
            if (!improved) {
                step /= 4;
            }
        }
        return current;
    }

    private Scored bestChoice(Scored from, int d) {
        int n = features.choices(d);
        int chosen = Features.choiceOf(from.unit()[d], n);
        Scored best = from;
        for (int c = 0; c < n; c++) {
            if (c != chosen) {
                Scored s = score(with(from.unit(), d, (c + 0.5) / n));
                best = s.value() > best.value() ? s : best;
            }
        }
        return best;
    }

    private Scored bestStep(Scored from, int d, double step) {
        Scored best = from;
        for (double sign : new double[] {1, -1}) {
            double u = Math.min(1, Math.max(0, from.unit()[d] + sign * step));
            if (u != from.unit()[d]) {
                Scored s = score(with(from.unit(), d, u));
                best = s.value() > best.value() ? s : best;
            }
        }
        return best;
    }

    private static double[] with(double[] unit, int d, double value) {
        double[] u = unit.clone();
        u[d] = value;
        return u;
    }

    private Scored score(double[] unit) {
        Config config = space.decode(unit);
        double[] encoded = space.encode(config);
        double[] prediction = posterior.predict(features.of(encoded));
        return new Scored(unit, config, encoded, LogEi.of(prediction[0], prediction[1], best));
    }

    /** A unit point, its configuration, its encoding as decoded (NaN where inactive) and its acquisition value. */
    private record Scored(double[] unit, Config config, double[] encoded, double value) {
    }
}
