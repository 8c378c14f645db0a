package io.automl.engine.sampler;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.space.Config;
import io.automl.space.Dimension;
import io.automl.space.FloatRange;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * Grid search: trial {@code i} (the number of trials already in the study) gets configuration
 * {@code i mod n} of the space's {@code n} grid points, in a fixed order. When the trial budget exceeds
 * the grid, the grid is walked again from the start; set {@code budget.trials} to the grid size to visit
 * each point exactly once. Conditional dimensions are enumerated only where active.
 *
 * <p>Continuous float ranges have no grid; with the option {@code gridPoints} ({@code >= 2}, see
 * {@link GridOptions}) each gets that many evenly spaced values from {@code low} to {@code high}
 * (log-spaced for log ranges). Immutable and thread-safe.
 */
public final class GridSampler implements Sampler {
    /** The largest grid enumerated when the option {@code limit} is absent. */
    public static final long DEFAULT_LIMIT = 100_000;

    private final List<Config> grid;

    /** Enumerates {@code space} as {@code options} say. */
    public GridSampler(SearchSpace space, GridOptions options) {
        int gridPoints = options.gridPoints();
        long limit = options.limit();
        if (gridPoints == 0) {
            List<String> continuous = space.dimensions().stream()
                    .filter(d -> d.distribution().cardinality().isEmpty()).map(Dimension::key).toList();
            if (!continuous.isEmpty()) {
                throw new IllegalArgumentException("the grid sampler needs discrete dimensions; continuous: "
                        + String.join(", ", continuous)
                        + " (give them a step, or set the sampler option gridPoints to discretize them)");
            }
        }
        List<Config> all = new ArrayList<>();
        walk(space.dimensions(), 0, new LinkedHashMap<>(), gridPoints, limit, all);
        if (all.size() > limit) {
            throw new IllegalArgumentException("the grid has more than " + limit
                    + " points; reduce the space or raise the sampler option limit");
        }
        this.grid = List.copyOf(all);
    }

    @Override
    public Config sample(StudyView study, SearchSpace space, RandomGenerator random) {
        return grid.get(study.size() % grid.size());
    }

    /** The grid points in visiting order. */
    public List<Config> points() {
        return grid;
    }

    private static void walk(List<Dimension> dims, int i, LinkedHashMap<String, Object> values, int gridPoints,
            long limit, List<Config> out) {
        if (out.size() > limit) {
            return;
        }
        if (i == dims.size()) {
            out.add(new Config(values));
            return;
        }
        Dimension d = dims.get(i);
        if (!d.condition().test(values)) {
            walk(dims, i + 1, values, gridPoints, limit, out);
            return;
        }
        for (Object v : choices(d, gridPoints)) {
            values.put(d.key(), v);
            walk(dims, i + 1, values, gridPoints, limit, out);
            values.remove(d.key());
        }
    }

    private static List<Object> choices(Dimension d, int gridPoints) {
        OptionalLong n = d.distribution().cardinality();
        List<Object> out = new ArrayList<>();
        if (n.isPresent()) {
            for (long k = 0; k < n.getAsLong(); k++) {
                out.add(d.distribution().valueAt(k));
            }
            return out;
        }
        FloatRange range = (FloatRange) d.distribution();
        for (int k = 0; k < gridPoints; k++) {
            double t = (double) k / (gridPoints - 1);
            double v = range.log()
                    ? Math.exp(Math.log(range.low()) + t * (Math.log(range.high()) - Math.log(range.low())))
                    : range.low() + t * (range.high() - range.low());
            out.add(Math.min(range.high(), Math.max(range.low(), v)));
        }
        return out;
    }
}
