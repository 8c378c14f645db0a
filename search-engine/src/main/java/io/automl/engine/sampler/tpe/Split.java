package io.automl.engine.sampler.tpe;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Direction;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The history divided, as Optuna's TPE does, into the {@code below} (good) and {@code above} (bad)
 * observations, each in trial-number order, as unit-hypercube points (NaN where a dimension was
 * inactive). Ranking: COMPLETE trials by value; then PRUNED trials by the last step they reached (later
 * first) and their value there; then PRUNED trials that reported nothing; then, with the constant liar,
 * RUNNING trials as the worst of all; ties by trial number. The good group is the best
 * {@code min(ceil(n / 8), 25)} trials, {@code n} counting the finished (COMPLETE and PRUNED) ones (Optuna takes
 * {@code ceil(n / 10)}: the slightly larger share exploits more and, with candidates drawn as whole points,
 * gave lower regret on every benchmark problem); the bad
 * group is every other ranked trial, of which the most recent {@code maxObservations} are kept. Immutable.
 */
record Split(List<double[]> below, List<double[]> above, int finished) {
    Split {
        below = List.copyOf(below);
        above = List.copyOf(above);
    }

    /** The number of good observations for {@code n} finished trials: {@code min(ceil(n / 8), 25)}. */
    static int gamma(int n) {
        return Math.min((n + 7) / 8, 25);
    }

    /**
     * Ranks {@code trials} (in number order) and encodes the chosen ones in {@code space}: one pass over the
     * history keeping the best {@code gamma} in a small sorted array, then only the at most
     * {@code 25 + maxObservations} chosen trials are encoded.
     */
    static Split of(List<TrialSnapshot> trials, SearchSpace space, Direction direction, TpeOptions options) {
        double sign = direction == Direction.MAXIMIZE ? -1 : 1;
        int n = trials.size();
        int[] ranked = new int[n];
        int[] group = new int[n];
        int[] step = new int[n];
        double[] loss = new double[n];
        int count = 0;
        int finished = 0;
        for (int i = 0; i < n; i++) {
            TrialSnapshot t = trials.get(i);
            int g;
            if (t.state() == TrialState.COMPLETE && t.value() != null && !t.value().isNaN()) {
                g = 0;
                loss[i] = sign * t.value();
                finished++;
            } else if (t.state() == TrialState.PRUNED) {
                if (t.intermediate().isEmpty()) {
                    g = 2;
                } else {
                    int last = t.intermediate().lastKey();
                    double v = t.intermediate().get(last);
                    g = 1;
                    step[i] = -last;
                    loss[i] = Double.isNaN(v) ? Double.POSITIVE_INFINITY : sign * v;
                }
                finished++;
            } else if (options.constantLiar() && t.state() == TrialState.RUNNING && !t.config().values().isEmpty()) {
                g = 3;
            } else {
                continue;
            }
            group[i] = g;
            ranked[count++] = i;
        }
        int nBelow = Math.min(gamma(finished), count);
        int[] best = new int[nBelow];
        int kept = 0;
        for (int r = 0; r < count; r++) {
            int i = ranked[r];
            if (kept == nBelow && (nBelow == 0 || !better(i, best[kept - 1], group, step, loss))) {
                continue;
            }
            int at = kept == nBelow ? kept - 1 : kept++;
            while (at > 0 && better(i, best[at - 1], group, step, loss)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        boolean[] good = new boolean[n];
        for (int i : best) {
            good[i] = true;
        }
        List<Integer> below = new ArrayList<>(nBelow);
        for (int r = 0; r < count; r++) {
            if (good[ranked[r]]) {
                below.add(ranked[r]);
            }
        }
        List<Integer> above = new ArrayList<>();
        for (int r = count - 1; r >= 0 && above.size() < options.maxObservations(); r--) {
            if (!good[ranked[r]]) {
                above.add(ranked[r]);
            }
        }
        Collections.reverse(above);
        return new Split(encode(trials, below, space), encode(trials, above, space), finished);
    }

    /** Whether trial {@code a} ranks before trial {@code b}: by group, then step, then loss, then number. */
    private static boolean better(int a, int b, int[] group, int[] step, double[] loss) {
        if (group[a] != group[b]) {
            return group[a] < group[b];
        }
        if (step[a] != step[b]) {
            return step[a] < step[b];
        }
        int c = Double.compare(loss[a], loss[b]);
        return c != 0 ? c < 0 : a < b;
    }

    private static List<double[]> encode(List<TrialSnapshot> trials, List<Integer> indices, SearchSpace space) {
        List<double[]> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            out.add(space.encode(trials.get(i).config()));
        }
        return out;
    }
}
