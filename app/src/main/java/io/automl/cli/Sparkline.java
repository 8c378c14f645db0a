package io.automl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * A learning curve as one line of block characters ({@code ▁▂▃▄▅▆▇█}), lowest value to highest, with at most
 * {@code width} characters (longer curves are sampled evenly, always keeping the first and last step).
 */
final class Sparkline {
    private static final char[] BLOCKS = "▁▂▃▄▅▆▇█".toCharArray();

    private Sparkline() {
    }

    /** The sparkline of {@code curve}'s values in step order; empty for an empty curve. */
    static String of(SortedMap<Integer, Double> curve, int width) {
        if (width < 2) {
            throw new IllegalArgumentException("width must be >= 2, got " + width);
        }
        List<Double> values = new ArrayList<>(curve.values());
        List<Double> shown = new ArrayList<>();
        if (values.size() <= width) {
            shown.addAll(values);
        } else {
            for (int i = 0; i < width; i++) {
                shown.add(values.get((int) Math.round(i * (values.size() - 1) / (double) (width - 1))));
            }
        }
        double lo = shown.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = shown.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (double v : shown) {
            if (!Double.isFinite(v)) {
                sb.append('?');
            } else if (hi == lo) {
                sb.append(BLOCKS[BLOCKS.length / 2]);
            } else {
                int i = (int) Math.round((v - lo) / (hi - lo) * (BLOCKS.length - 1));
                sb.append(BLOCKS[i]);
            }
        }
        return sb.toString();
    }

    /** The sparkline followed by its range: {@code ▁▃▇ steps 1-3, min 0.4100 at 1, max 0.9300 at 3, last 0.9300}. */
    static String described(SortedMap<Integer, Double> curve, int width) {
        if (curve.isEmpty()) {
            return "(no values reported yet)";
        }
        int minStep = curve.firstKey();
        int maxStep = curve.firstKey();
        for (var e : curve.entrySet()) {
            if (e.getValue() < curve.get(minStep)) {
                minStep = e.getKey();
            }
            if (e.getValue() > curve.get(maxStep)) {
                maxStep = e.getKey();
            }
        }
        return String.format(Locale.ROOT, "%s  steps %d-%d, min %s at %d, max %s at %d, last %s", of(curve, width),
                curve.firstKey(), curve.lastKey(), Reports.num(curve.get(minStep)), minStep,
                Reports.num(curve.get(maxStep)), maxStep, Reports.num(curve.get(curve.lastKey())));
    }
}
