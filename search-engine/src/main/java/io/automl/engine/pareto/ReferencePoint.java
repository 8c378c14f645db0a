package io.automl.engine.pareto;

import io.automl.engine.TrialSnapshot;
import io.automl.space.Objective;
import java.util.List;

/**
 * The reference point of a study's hypervolume, in the objectives' own units: each objective's stated
 * {@code reference} where the space gives one; otherwise the worst value among the trials, moved away from
 * the others by a tenth of their range (or by 1 when all are equal, 0 when there are no trials). Stateless.
 */
public final class ReferencePoint {
    private ReferencePoint() {
    }

    /** The reference point of {@code objectives} over {@code trials} (complete trials with every value). */
    public static double[] of(List<Objective> objectives, List<TrialSnapshot> trials) {
        double[] ref = new double[objectives.size()];
        for (int i = 0; i < ref.length; i++) {
            Objective o = objectives.get(i);
            if (o.reference() != null) {
                ref[i] = o.reference();
                continue;
            }
            double worst = Double.NaN;
            double best = Double.NaN;
            for (TrialSnapshot t : trials) {
                double v = o.minimized(t.objectiveValues().get(i));
                worst = Double.isNaN(worst) ? v : Math.max(worst, v);
                best = Double.isNaN(best) ? v : Math.min(best, v);
            }
            double m = Double.isNaN(worst) ? 0 : worst + (worst > best ? 0.1 * (worst - best) : 1);
            ref[i] = o.minimized(m); // negating twice restores the objective's own sign
        }
        return ref;
    }

    /** Whether every objective states its reference (the hypervolume then compares across runs). */
    public static boolean stated(List<Objective> objectives) {
        return objectives.stream().allMatch(o -> o.reference() != null);
    }
}
