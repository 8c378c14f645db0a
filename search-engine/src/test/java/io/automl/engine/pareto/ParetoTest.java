package io.automl.engine.pareto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Config;
import io.automl.space.Direction;
import io.automl.space.Objective;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Dominance, sorting, crowding, hypervolume and the front of a study, against hand-computed answers. */
class ParetoTest {
    private static final List<Objective> ACC_PARAMS = List.of(new Objective("accuracy", Direction.MAXIMIZE, 0.0),
            new Objective("parameters", Direction.MINIMIZE, 1000.0));

    private static TrialSnapshot trial(int number, TrialState state, Map<String, Object> attrs, double... values) {
        List<Double> v = new ArrayList<>();
        for (double d : values) {
            v.add(d);
        }
        return new TrialSnapshot(number + 1, 1, number, state, new Config(Map.of("x", number)), number,
                values.length == 0 ? null : values[0], new TreeMap<>(), attrs, null, "w", 0, Instant.EPOCH,
                Instant.EPOCH, Instant.ofEpochSecond(number), v);
    }

    @Test
    void twoDimensionalHypervolumeIsTheStaircaseArea() {
        // points (1,3), (2,2), (3,1) against (4,4): 3 + 2 + 1 = 6
        double hv = Hypervolume.of(List.of(new double[] {1, 3}, new double[] {2, 2}, new double[] {3, 1},
                new double[] {3, 3}, new double[] {5, 0}), new double[] {4, 4});
        assertEquals(6.0, hv, 1e-12);
    }

    @Test
    void threeDimensionalHypervolumeMatchesInclusionExclusionAndMonteCarlo() {
        double[] a = {0, 0.5, 0.5};
        double[] b = {0.5, 0, 0.5};
        double[] c = {0.5, 0.5, 0};
        // each box 0.25 (1 x 0.5 x 0.5 ...): a=1*.5*.5, pairwise overlaps .5*.5*.5, triple .5^3
        double expected = 3 * 0.25 - 3 * 0.125 + 0.125;
        assertEquals(expected, Hypervolume.of(List.of(a, b, c), new double[] {1, 1, 1}), 1e-12);
        SplittableRandom r = new SplittableRandom(3);
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pts.add(new double[] {r.nextDouble(), r.nextDouble(), r.nextDouble()});
        }
        int inside = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            double[] q = {r.nextDouble(), r.nextDouble(), r.nextDouble()};
            if (pts.stream().anyMatch(p -> p[0] <= q[0] && p[1] <= q[1] && p[2] <= q[2])) {
                inside++;
            }
        }
        assertEquals((double) inside / n, Hypervolume.of(pts, new double[] {1, 1, 1}), 0.005);
    }

    @Test
    void sortingRanksFrontsAndPutsInfeasiblePointsLastByViolation() {
        double[][] p = {{1, 3}, {2, 2}, {3, 3}, {0, 0}, {4, 4}, {1, 1}};
        double[] violation = {0, 0, 0, 2, 0, 0.5};
        assertArrayEquals(new int[] {0, 0, 1, 4, 2, 3}, NonDominatedSort.ranks(p, violation));
        assertArrayEquals(new int[] {2, 2, 3, 0, 4, 1}, NonDominatedSort.ranks(p, null));
    }

    @Test
    void crowdingIsInfiniteAtTheEndsAndNormalisedGapsInside() {
        double[][] p = {{0, 4}, {1, 3}, {3, 1}, {4, 0}};
        double[] d = NonDominatedSort.crowding(p, new int[] {0, 1, 2, 3});
        assertEquals(Double.POSITIVE_INFINITY, d[0]);
        assertEquals(Double.POSITIVE_INFINITY, d[3]);
        assertEquals(3.0 / 4 + 3.0 / 4, d[1], 1e-12);
        assertEquals(1.5, d[2], 1e-12);
    }

    @Test
    void theFrontHoldsNonDominatedFeasibleCompleteTrialsOnly() {
        List<TrialSnapshot> trials = List.of(
                trial(0, TrialState.COMPLETE, Map.of(), 0.9, 800),
                trial(1, TrialState.COMPLETE, Map.of(), 0.8, 200),
                trial(2, TrialState.COMPLETE, Map.of(), 0.7, 300), // dominated by 1
                trial(3, TrialState.COMPLETE, Map.of("feasible", false), 0.95, 100), // would dominate all
                trial(4, TrialState.PRUNED, Map.of(), 0.99, 10),
                trial(5, TrialState.COMPLETE, Map.of(), 0.95, 900));
        ParetoFront front = ParetoFront.of(ACC_PARAMS, trials);
        assertEquals(List.of(5, 0, 1), front.trials().stream().map(TrialSnapshot::number).toList());
        assertEquals(List.of(0.0, 1000.0), front.reference());
        assertEquals(4, front.candidates());
        // staircase in (−acc, params) against (0, 1000): 0.95*100 + 0.9*(900-800)... computed by sweep
        double expected = 0.95 * (1000 - 900) + 0.9 * (900 - 800) + 0.8 * (800 - 200);
        assertEquals(expected, front.hypervolume(), 1e-9);
        assertTrue(front.contains(trials.get(1)));
    }

    @Test
    void historyNeverFallsAndEndsAtTheFrontsHypervolume() {
        List<TrialSnapshot> trials = List.of(
                trial(0, TrialState.COMPLETE, Map.of(), 0.5, 500),
                trial(1, TrialState.COMPLETE, Map.of(), 0.4, 600),
                trial(2, TrialState.COMPLETE, Map.of(), 0.9, 900),
                trial(3, TrialState.COMPLETE, Map.of(), 0.6, 100));
        HypervolumeHistory h = HypervolumeHistory.of(ACC_PARAMS, trials);
        assertEquals(4, h.points().size());
        for (int i = 1; i < 4; i++) {
            assertTrue(h.points().get(i).hypervolume() >= h.points().get(i - 1).hypervolume());
        }
        assertEquals(0.5 * 500, h.points().get(0).hypervolume(), 1e-9);
        assertEquals(ParetoFront.of(ACC_PARAMS, trials).hypervolume(), h.points().get(3).hypervolume(), 1e-9);
    }

    @Test
    void withoutStatedReferencesTheWorstValueMovedOutByATenthOfTheRangeIsUsed() {
        List<Objective> free = List.of(new Objective("accuracy", Direction.MAXIMIZE),
                new Objective("parameters", Direction.MINIMIZE));
        List<TrialSnapshot> trials = List.of(trial(0, TrialState.COMPLETE, Map.of(), 0.5, 100),
                trial(1, TrialState.COMPLETE, Map.of(), 0.9, 300));
        assertArrayEquals(new double[] {0.46, 320}, ReferencePoint.of(free, trials), 1e-12);
    }
}
