package io.automl.engine.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Deb's fast non-dominated sort with constrained domination: a feasible point beats every infeasible one,
 * an infeasible point with a smaller violation beats one with a larger violation, and feasible points
 * compare by Pareto dominance. Rank 0 is the first front; infeasible points get ranks after every feasible
 * front, ordered by violation. Also the crowding distance of a front. Stateless.
 */
public final class NonDominatedSort {
    private NonDominatedSort() {
    }

    /**
     * The rank of each point ({@code points[i]} minimized); {@code violation[i]} is 0 for a feasible point and
     * positive for an infeasible one (null: all feasible).
     */
    public static int[] ranks(double[][] points, double[] violation) {
        int n = points.length;
        int[] rank = new int[n];
        List<Integer> feasible = new ArrayList<>();
        List<Integer> infeasible = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (violation == null || violation[i] <= 0) {
                feasible.add(i);
            } else {
                infeasible.add(i);
            }
        }
        int fronts = sortFeasible(points, feasible, rank);
        infeasible.sort(Comparator.comparingDouble(i -> violation[i]));
        double last = Double.NaN;
        int r = fronts - 1;
        for (int i : infeasible) {
            if (violation[i] != last) {
                r++;
                last = violation[i];
            }
            rank[i] = r;
        }
        return rank;
    }

    /** Ranks the feasible points in place; returns the number of fronts. */
    private static int sortFeasible(double[][] points, List<Integer> idx, int[] rank) {
        int m = idx.size();
        int[] dominatedBy = new int[m];
        List<List<Integer>> dominates = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            dominates.add(new ArrayList<>());
        }
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double[] pa = points[idx.get(a)];
                double[] pb = points[idx.get(b)];
                if (Dominance.dominates(pa, pb)) {
                    dominates.get(a).add(b);
                    dominatedBy[b]++;
                } else if (Dominance.dominates(pb, pa)) {
                    dominates.get(b).add(a);
                    dominatedBy[a]++;
                }
            }
        }
        List<Integer> current = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            if (dominatedBy[a] == 0) {
                current.add(a);
            }
        }
        int front = 0;
        while (!current.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (int a : current) {
                rank[idx.get(a)] = front;
                for (int b : dominates.get(a)) {
                    if (--dominatedBy[b] == 0) {
                        next.add(b);
                    }
                }
            }
            current = next;
            front++;
        }
        return front;
    }

    /**
     * The crowding distance of each member of one front ({@code members} index {@code points}): infinite at
     * the extremes of any objective, else the sum over objectives of the normalised gap between neighbours.
     */
    public static double[] crowding(double[][] points, int[] members) {
        int k = members.length;
        double[] distance = new double[k];
        if (k <= 2) {
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            return distance;
        }
        int objectives = points[members[0]].length;
        Integer[] order = new Integer[k];
        for (int o = 0; o < objectives; o++) {
            final int obj = o;
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> points[members[i]][obj]));
            double lo = points[members[order[0]]][o];
            double hi = points[members[order[k - 1]]][o];
            distance[order[0]] = Double.POSITIVE_INFINITY;
            distance[order[k - 1]] = Double.POSITIVE_INFINITY;
            if (hi <= lo) {
                continue;
            }
            for (int i = 1; i < k - 1; i++) {
                double gap = points[members[order[i + 1]]][o] - points[members[order[i - 1]]][o];
                distance[order[i]] += gap / (hi - lo);
            }
        }
        return distance;
    }
}
