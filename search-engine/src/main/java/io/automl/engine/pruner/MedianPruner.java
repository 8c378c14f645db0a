package io.automl.engine.pruner;

import io.automl.engine.Pruner;
import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Objective;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The median stopping rule: a trial is pruned at its latest reported step {@code s} when its value there
 * is worse (per the study's direction) than the median of the values that other COMPLETE trials reported
 * at step {@code s}. Steps below {@code warmupSteps} are never pruned, and nothing is pruned until at
 * least {@code minTrials} complete trials reported at step {@code s}. Immutable and thread-safe.
 */
public final class MedianPruner implements Pruner {
    private final int warmupSteps;
    private final int minTrials;

    /** A pruner with the given warm-up (steps, {@code >= 0}) and minimum history ({@code >= 1}). */
    public MedianPruner(int warmupSteps, int minTrials) {
        this(new MedianOptions(warmupSteps, minTrials));
    }

    /** A pruner with {@code options}. */
    public MedianPruner(MedianOptions options) {
        this.warmupSteps = options.warmupSteps();
        this.minTrials = options.minTrials();
    }

    @Override
    public boolean shouldPrune(StudyView study, TrialSnapshot trial) {
        if (trial.intermediate().isEmpty()) {
            return false;
        }
        int step = trial.intermediate().lastKey();
        if (step < warmupSteps) {
            return false;
        }
        double value = trial.intermediate().get(step);
        List<Double> others = new ArrayList<>();
        for (TrialSnapshot t : study.trials()) {
            if (t.id() != trial.id() && t.state() == TrialState.COMPLETE) {
                Double v = t.intermediate().get(step);
                if (v != null) {
                    others.add(v);
                }
            }
        }
        if (others.size() < minTrials) {
            return false;
        }
        Objective objective = study.objective();
        return objective.better(median(others), value);
    }

    private static double median(List<Double> values) {
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
