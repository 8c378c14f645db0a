package io.automl.engine.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The hypervolume indicator: the volume of the region dominated by a set of points (minimized) and bounded
 * by a reference point. Points that do not dominate the reference point count nothing. Exact: a sweep in
 * two dimensions, slicing along the last objective in more. Stateless.
 */
public final class Hypervolume {
    private Hypervolume() {
    }

    /** The hypervolume of {@code points} against {@code reference}; 0 for no point. */
    public static double of(List<double[]> points, double[] reference) {
        List<double[]> inside = new ArrayList<>();
        for (double[] p : points) {
            if (p.length != reference.length) {
                throw new IllegalArgumentException("point has " + p.length + " objectives, reference has "
                        + reference.length);
            }
            boolean ok = true;
            for (int i = 0; i < p.length; i++) {
                ok &= p[i] < reference[i];
            }
            if (ok) {
                inside.add(p);
            }
        }
        return volume(inside, reference, reference.length);
    }

    private static double volume(List<double[]> points, double[] ref, int dims) {
        if (points.isEmpty()) {
            return 0;
        }
        if (dims == 1) {
            double best = ref[0];
            for (double[] p : points) {
                best = Math.min(best, p[0]);
            }
            return ref[0] - best;
        }
        if (dims == 2) {
            return area(points, ref);
        }
        int last = dims - 1;
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(p -> p[last]));
        double total = 0;
        List<double[]> slice = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            slice.add(sorted.get(i));
            double top = i + 1 < sorted.size() ? sorted.get(i + 1)[last] : ref[last];
            double depth = top - sorted.get(i)[last];
            if (depth > 0) {
                total += depth * volume(slice, ref, last);
            }
        }
        return total;
    }

    private static double area(List<double[]> points, double[] ref) {
        double[][] sorted = points.toArray(new double[0][]);
        Arrays.sort(sorted, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        double total = 0;
        double ceiling = ref[1];
        for (double[] p : sorted) {
            if (p[1] < ceiling) {
                total += (ref[0] - p[0]) * (ceiling - p[1]);
                ceiling = p[1];
            }
        }
        return total;
    }
}
