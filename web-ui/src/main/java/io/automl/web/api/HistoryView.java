package io.automl.web.api;

import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.space.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The optimization history the plots draw, bounded in size: every finished (not cancelled) trial when
 * there are at most {@code maxPoints}, else an even sample across trial numbers that always keeps the
 * trials that improved the best value and the best complete trials. The best-so-far line ({@code best},
 * pairs of trial number and value at each improvement) is computed from every trial, so it is exact at
 * any size. Stateless; thread-safe.
 */
final class HistoryView {
    /** How many of the best complete trials a sample always keeps (the parallel-coordinates plot shows them). */
    static final int KEEP_BEST = 50;

    private HistoryView() {
    }

    /** The history map: {@code total}, {@code sampled}, {@code trials} [{n, s, v, c}] and {@code best} [[n, v]]. */
    static Map<String, Object> of(List<TrialSnapshot> all, Direction direction, int maxPoints) {
        Objects.requireNonNull(direction, "direction");
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
        }
        List<TrialSnapshot> finished = all.stream()
                .filter(t -> t.state().isFinished() && t.state() != TrialState.CANCELLED)
                .sorted(Comparator.comparingInt(TrialSnapshot::number)).toList();
        boolean max = direction == Direction.MAXIMIZE;
        TreeSet<Integer> keep = new TreeSet<>();
        List<double[]> best = new ArrayList<>();
        Double current = null;
        for (int i = 0; i < finished.size(); i++) {
            TrialSnapshot t = finished.get(i);
            if (t.state() == TrialState.COMPLETE && t.value() != null
                    && (current == null || (max ? t.value() > current : t.value() < current))) {
                current = t.value();
                best.add(new double[] {t.number(), current});
                keep.add(i);
            }
        }
        boolean sampled = finished.size() > maxPoints;
        if (sampled) {
            keepBest(finished, max, keep, Math.min(KEEP_BEST, maxPoints / 4));
            int room = Math.max(0, maxPoints - keep.size());
            double stride = (double) finished.size() / Math.max(1, room);
            for (int k = 0; k < room; k++) {
                keep.add((int) Math.min(finished.size() - 1, Math.floor(k * stride)));
            }
        } else {
            for (int i = 0; i < finished.size(); i++) {
                keep.add(i);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>(keep.size());
        for (int i : keep) {
            TrialSnapshot t = finished.get(i);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("n", t.number());
            r.put("s", t.state().name());
            r.put("v", t.value());
            r.put("c", t.config().values());
            rows.add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", finished.size());
        out.put("sampled", sampled);
        out.put("trials", rows);
        out.put("best", best);
        return out;
    }

    private static void keepBest(List<TrialSnapshot> finished, boolean max, TreeSet<Integer> keep, int count) {
        List<Integer> complete = new ArrayList<>();
        for (int i = 0; i < finished.size(); i++) {
            if (finished.get(i).state() == TrialState.COMPLETE && finished.get(i).value() != null) {
                complete.add(i);
            }
        }
        Comparator<Integer> byValue = Comparator.comparingDouble(i -> finished.get(i).value());
        complete.sort(max ? byValue.reversed() : byValue);
        keep.addAll(complete.subList(0, Math.min(count, complete.size())));
    }
}
