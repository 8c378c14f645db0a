package io.automl.engine.sampler.nsga2;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.pareto.NonDominatedSort;
import io.automl.space.Objective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The parent population of one generation: the best {@code size} of the eligible trials by constrained
 * non-dominated rank, then by crowding distance within the last front admitted; each member with its rank
 * and crowding distance for tournaments. Immutable once built.
 */
final class Parents {
    private final List<TrialSnapshot> members;
    private final int[] rank;
    private final double[] crowding;

    private Parents(List<TrialSnapshot> members, int[] rank, double[] crowding) {
        this.members = members;
        this.rank = rank;
        this.crowding = crowding;
    }

    /**
     * The parents chosen from {@code trials} numbered below {@code before} that are COMPLETE with a value per
     * objective; empty members when there are none.
     */
    static Parents select(List<TrialSnapshot> trials, List<Objective> objectives, int before, int size) {
        List<TrialSnapshot> pool = new ArrayList<>();
        for (TrialSnapshot t : trials) {
            if (t.number() < before && t.state() == TrialState.COMPLETE
                    && t.objectiveValues().size() == objectives.size()) {
                pool.add(t);
            }
        }
        int n = pool.size();
        double[][] points = new double[n][];
        double[] violation = new double[n];
        for (int i = 0; i < n; i++) {
            List<Double> v = pool.get(i).objectiveValues();
            points[i] = new double[objectives.size()];
            for (int k = 0; k < points[i].length; k++) {
                points[i][k] = objectives.get(k).minimized(v.get(k));
            }
            violation[i] = violation(pool.get(i));
        }
        int[] ranks = NonDominatedSort.ranks(points, violation);
        double[] crowd = new double[n];
        int maxRank = Arrays.stream(ranks).max().orElse(-1);
        for (int r = 0; r <= maxRank; r++) {
            final int front = r;
            int[] members = java.util.stream.IntStream.range(0, n).filter(i -> ranks[i] == front).toArray();
            if (members.length == 0) {
                continue;
            }
            double[] d = NonDominatedSort.crowding(points, members);
            for (int i = 0; i < members.length; i++) {
                crowd[members[i]] = d[i];
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> ranks[i])
                .thenComparing(i -> -crowd[i])
                .thenComparingInt(i -> pool.get(i).number()));
        int keep = Math.min(size, n);
        List<TrialSnapshot> chosen = new ArrayList<>();
        int[] r = new int[keep];
        double[] c = new double[keep];
        for (int i = 0; i < keep; i++) {
            chosen.add(pool.get(order[i]));
            r[i] = ranks[order[i]];
            c[i] = crowd[order[i]];
        }
        return new Parents(List.copyOf(chosen), r, c);
    }

    private static double violation(TrialSnapshot t) {
        if (t.feasible()) {
            return 0;
        }
        Object v = t.attributes().get("constraint_violation");
        double d = v instanceof Number num ? num.doubleValue() : Double.MAX_VALUE;
        return d > 0 ? d : Double.MIN_VALUE;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    /** A binary tournament: the better of two random members (lower rank, then larger crowding distance). */
    TrialSnapshot tournament(RandomGenerator random) {
        int a = random.nextInt(members.size());
        int b = random.nextInt(members.size());
        if (rank[a] != rank[b]) {
            return members.get(rank[a] < rank[b] ? a : b);
        }
        if (crowding[a] != crowding[b]) {
            return members.get(crowding[a] > crowding[b] ? a : b);
        }
        return members.get(random.nextBoolean() ? a : b);
    }
}
