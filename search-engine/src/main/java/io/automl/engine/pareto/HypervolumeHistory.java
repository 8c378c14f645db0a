package io.automl.engine.pareto;

import io.automl.engine.TrialSnapshot;
import io.automl.space.Objective;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A study's hypervolume over time: after each complete, feasible trial in the order the trials finished,
 * the hypervolume of the front so far against one fixed reference point (that of the whole study, so the
 * curve never falls). Immutable.
 *
 * @param reference the reference point, in the objectives' units
 * @param points one point per finished eligible trial, in finishing order
 */
public record HypervolumeHistory(List<Double> reference, List<Point> points) {
    public HypervolumeHistory {
        reference = List.copyOf(reference);
        points = List.copyOf(points);
    }

    /**
     * One step of the curve: the hypervolume after trial {@code trial} finished at {@code at}, when
     * {@code complete} eligible trials were done.
     */
    public record Point(int trial, Instant at, int complete, double hypervolume) {
    }

    /** The history of {@code trials} under {@code objectives}. */
    public static HypervolumeHistory of(List<Objective> objectives, List<TrialSnapshot> trials) {
        List<TrialSnapshot> eligible = new ArrayList<>(ParetoFront.eligible(objectives, trials));
        double[] ref = ReferencePoint.of(objectives, eligible);
        double[] minRef = ParetoFront.minimized(objectives, boxed(ref));
        eligible.sort(Comparator.comparing((TrialSnapshot t) -> t.finishedAt() == null ? Instant.MAX : t.finishedAt())
                .thenComparingInt(TrialSnapshot::number));
        List<double[]> front = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        double hv = 0;
        for (int i = 0; i < eligible.size(); i++) {
            TrialSnapshot t = eligible.get(i);
            double[] p = ParetoFront.minimized(objectives, t.objectiveValues());
            if (front.stream().noneMatch(q -> Dominance.dominates(q, p) || java.util.Arrays.equals(q, p))) {
                front.removeIf(q -> Dominance.dominates(p, q));
                front.add(p);
                hv = Hypervolume.of(front, minRef);
            }
            points.add(new Point(t.number(), t.finishedAt(), i + 1, hv));
        }
        return new HypervolumeHistory(boxed(ref), points);
    }

    private static List<Double> boxed(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double d : v) {
            out.add(d);
        }
        return out;
    }
}
