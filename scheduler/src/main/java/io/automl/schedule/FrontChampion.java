package io.automl.schedule;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import io.automl.engine.pareto.ParetoFront;
import io.automl.engine.pareto.ReferencePoint;
import io.automl.space.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * The champion of a multi-objective schedule: the previous run's Pareto front (its first {@code topK} trials
 * by the first objective) warm-starts the next run, and its value is the front's hypervolume against one
 * reference point (the space's stated one, else derived from that front), so that the re-scored front of the
 * next run (its first trials, the same configurations on fresh data) compares in the same units. Stateless.
 */
final class FrontChampion {
    private FrontChampion() {
    }

    /** The front of study {@code studyId}, at most {@code topK} trials. */
    static List<TrialSnapshot> front(TrialStore store, long studyId, List<Objective> objectives, int topK) {
        List<TrialSnapshot> front = ParetoFront.of(objectives, store.trials(studyId)).trials();
        return front.subList(0, Math.min(topK, front.size()));
    }

    /** The reference point for a front (stated by the space, else derived from the front's own trials). */
    static double[] reference(List<Objective> objectives, List<TrialSnapshot> front) {
        return ReferencePoint.of(objectives, front);
    }

    /** The hypervolume of the eligible trials among {@code trials} against {@code reference}. */
    static double hypervolume(List<Objective> objectives, List<TrialSnapshot> trials, double[] reference) {
        return ParetoFront.of(objectives, trials, reference).hypervolume();
    }

    /** The hypervolume of the first {@code count} trials of study {@code studyId} (the re-scored front). */
    static double rescore(TrialStore store, long studyId, List<Objective> objectives, int count, double[] reference) {
        List<TrialSnapshot> first = new ArrayList<>();
        for (TrialSnapshot t : store.trials(studyId)) {
            if (t.number() < count) {
                first.add(t);
            }
        }
        return hypervolume(objectives, first, reference);
    }
}
