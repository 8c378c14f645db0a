package io.automl.engine.pruner.asha;

import io.automl.engine.TrialSnapshot;
import io.automl.space.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * One asynchronous successive-halving decision. A trial has reached rung {@code k} when it reported a
 * value at exactly the rung's step; decisions are taken only when a trial's latest step is a rung step.
 * There the trial is promoted (kept) when its value is among the best {@code max(1, m / reductionFactor)}
 * of the {@code m} values that trials of the same bracket (itself included, and PRUNED trials, whose
 * learning curves stay stored) reported at that step; otherwise it is pruned. NaN values are pruned.
 * Stateless and thread-safe.
 */
final class SuccessiveHalving {
    private SuccessiveHalving() {
    }

    /** Whether {@code trial} should stop, judged against {@code peers} (which may include it). */
    static boolean shouldPrune(AshaOptions options, Direction direction, TrialSnapshot trial,
            Iterable<TrialSnapshot> peers) {
        if (trial.intermediate().isEmpty()) {
            return false;
        }
        int step = trial.intermediate().lastKey();
        if (!isRung(options, step)) {
            return false;
        }
        double value = trial.intermediate().get(step);
        if (Double.isNaN(value)) {
            return true;
        }
        List<Double> competing = new ArrayList<>();
        competing.add(value);
        for (TrialSnapshot t : peers) {
            if (t.id() == trial.id()) {
                continue;
            }
            Double v = t.intermediate().get(step);
            if (v != null && !v.isNaN()) {
                competing.add(v);
            }
        }
        int keep = Math.max(1, competing.size() / options.reductionFactor());
        double sign = direction == Direction.MAXIMIZE ? -1 : 1;
        double loss = sign * value;
        int better = 0;
        for (double v : competing) {
            if (sign * v < loss) {
                better++;
            }
        }
        return better >= keep;
    }

    /** Whether {@code step} is one of the rung steps. */
    static boolean isRung(AshaOptions options, int step) {
        for (int k = 0; ; k++) {
            long r = options.rungStep(k);
            if (r == step) {
                return true;
            }
            if (r > step || r >= Integer.MAX_VALUE) {
                return false;
            }
        }
    }
}
