package io.automl.engine.sampler;

/**
 * Options of {@link GridSampler}.
 *
 * @param gridPoints evenly spaced values per continuous float range, {@code >= 2}; 0 (the default) when
 *     the space must be fully discrete
 * @param limit the most grid points enumerated, {@code >= 1} (default {@value GridSampler#DEFAULT_LIMIT})
 */
public record GridOptions(int gridPoints, long limit) {
    public GridOptions {
        if (gridPoints == 1 || gridPoints < 0) {
            throw new IllegalArgumentException("gridPoints must be 0 (no continuous ranges) or >= 2: " + gridPoints);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
    }

    /** No continuous ranges, at most {@value GridSampler#DEFAULT_LIMIT} points. */
    public static GridOptions defaults() {
        return new GridOptions(0, GridSampler.DEFAULT_LIMIT);
    }
}
