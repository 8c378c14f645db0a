package io.automl.engine.pareto;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Objective;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A study's Pareto front: its COMPLETE, feasible trials that carry every objective's value and that no
 * other such trial dominates, ordered by the first objective (best first), with their hypervolume against
 * {@code reference} (in the objectives' own units and directions). {@code candidates} counts the complete,
 * feasible trials the front was chosen from. Immutable.
 */
public record ParetoFront(List<Objective> objectives, List<Double> reference, List<TrialSnapshot> trials,
        double hypervolume, int candidates) {
    public ParetoFront {
        objectives = List.copyOf(objectives);
        reference = List.copyOf(reference);
        trials = List.copyOf(trials);
    }

    /** The front of {@code trials} under {@code objectives}, with the reference point {@link ReferencePoint#of} picks. */
    public static ParetoFront of(List<Objective> objectives, List<TrialSnapshot> trials) {
        List<TrialSnapshot> eligible = eligible(objectives, trials);
        return of(objectives, eligible, ReferencePoint.of(objectives, eligible));
    }

    /** The front of {@code trials} under {@code objectives} against {@code reference}. */
    public static ParetoFront of(List<Objective> objectives, List<TrialSnapshot> trials, double[] reference) {
        Objects.requireNonNull(reference, "reference");
        List<TrialSnapshot> eligible = eligible(objectives, trials);
        List<double[]> points = new ArrayList<>();
        for (TrialSnapshot t : eligible) {
            points.add(minimized(objectives, t.objectiveValues()));
        }
        List<TrialSnapshot> front = new ArrayList<>();
        List<double[]> frontPoints = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            boolean dominated = false;
            for (int j = 0; j < eligible.size() && !dominated; j++) {
                dominated = j != i && Dominance.dominates(points.get(j), points.get(i));
            }
            if (!dominated) {
                front.add(eligible.get(i));
                frontPoints.add(points.get(i));
            }
        }
        Objective first = objectives.get(0);
        front.sort(Comparator.<TrialSnapshot>comparingDouble(t -> first.minimized(t.objectiveValues().get(0)))
                .thenComparingInt(TrialSnapshot::number));
        double hv = Hypervolume.of(frontPoints, minimized(objectives, box(reference)));
        return new ParetoFront(objectives, box(reference), front, hv, eligible.size());
    }

    /** Whether {@code trial} is on this front. */
    public boolean contains(TrialSnapshot trial) {
        return trials.stream().anyMatch(t -> t.id() == trial.id());
    }

    /** COMPLETE, feasible trials with one value per objective. */
    static List<TrialSnapshot> eligible(List<Objective> objectives, List<TrialSnapshot> trials) {
        return trials.stream().filter(t -> t.state() == TrialState.COMPLETE && t.feasible()
                && t.objectiveValues().size() == objectives.size()).toList();
    }

    /** {@code values} in minimized form (maximized objectives negated). */
    static double[] minimized(List<Objective> objectives, List<Double> values) {
        double[] out = new double[objectives.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = objectives.get(i).minimized(values.get(i));
        }
        return out;
    }

    private static List<Double> box(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
