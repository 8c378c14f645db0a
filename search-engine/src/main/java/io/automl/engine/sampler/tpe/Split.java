package io.automl.engine.sampler.tpe;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Direction;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history divided, as Optuna's TPE does, into the {@code below} (good) and {@code above} (bad)
 * observations, each in trial-number order, as unit-hypercube points (NaN where a dimension was
 * inactive). Ranking: COMPLETE trials by value; then PRUNED trials by the last step they reached (later
 * first) and their value there; then, with the constant liar, RUNNING trials as the worst of all. The
 * good group is the best {@code min(ceil(0.1 n), 25)} of the {@code n} ranked trials. The bad group keeps
 * its most recent {@code maxObservations} points. Immutable.
 */
record Split(List<double[]> below, List<double[]> above, int finished) {
    Split {
        below = List.copyOf(below);
        above = List.copyOf(above);
    }

    /** The number of good observations for {@code n} ranked trials. */
    static int gamma(int n) {
        return Math.min((int) Math.ceil(0.1 * n), 25);
    }

    /** Ranks {@code trials} and encodes the chosen ones in {@code space}; O(n log n). */
    static Split of(List<TrialSnapshot> trials, SearchSpace space, Direction direction, TpeOptions options) {
        double sign = direction == Direction.MAXIMIZE ? -1 : 1;
        List<Ranked> ranked = new ArrayList<>();
        int finished = 0;
        for (TrialSnapshot t : trials) {
            if (t.state() == TrialState.COMPLETE && t.value() != null && !t.value().isNaN()) {
                ranked.add(new Ranked(t, 0, 0, sign * t.value()));
                finished++;
            } else if (t.state() == TrialState.PRUNED && !t.intermediate().isEmpty()) {
                int step = t.intermediate().lastKey();
                double v = t.intermediate().get(step);
                ranked.add(new Ranked(t, 1, -step, Double.isNaN(v) ? Double.POSITIVE_INFINITY : sign * v));
                finished++;
            } else if (options.constantLiar() && t.state() == TrialState.RUNNING && !t.config().values().isEmpty()) {
                ranked.add(new Ranked(t, 2, 0, 0));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::group).thenComparingInt(Ranked::step)
                .thenComparingDouble(Ranked::loss).thenComparingInt(r -> r.trial().number()));
        int nBelow = gamma(ranked.size());
        List<Ranked> good = new ArrayList<>(ranked.subList(0, nBelow));
        List<Ranked> bad = new ArrayList<>(ranked.subList(nBelow, ranked.size()));
        Comparator<Ranked> byNumber = Comparator.comparingInt(r -> r.trial().number());
        good.sort(byNumber);
        bad.sort(byNumber);
        if (bad.size() > options.maxObservations()) {
            bad = bad.subList(bad.size() - options.maxObservations(), bad.size());
        }
        return new Split(encode(good, space), encode(bad, space), finished);
    }

    private static List<double[]> encode(List<Ranked> ranked, SearchSpace space) {
        List<double[]> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            out.add(space.encode(r.trial().config()));
        }
        return out;
    }

    private record Ranked(TrialSnapshot trial, int group, int step, double loss) {
    }
}
