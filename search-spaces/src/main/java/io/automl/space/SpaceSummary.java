package io.automl.space;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A one-line description of a space: its name, how many parameters it declares, how many dimensions
 * it flattens into, and its grid size when the space is fully discrete. {@link #toString()} reads like
 * {@code digits-mlp: 4 params, 9 dimensions, grid: infinite (continuous dimensions)}. Immutable.
 *
 * @param name the space's name
 * @param parameters the number of entries under {@code params}
 * @param dimensions the number of coordinates of the unit hypercube
 * @param gridSize the number of distinct configurations, or empty when some dimension is continuous or
 *     the grid is larger than can be enumerated
 * @param continuous whether some dimension is continuous
 */
public record SpaceSummary(String name, int parameters, int dimensions, OptionalLong gridSize, boolean continuous) {
    public SpaceSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gridSize, "gridSize");
        if (parameters < 0 || dimensions < 0) {
            throw new IllegalArgumentException("parameters and dimensions must be >= 0");
        }
    }

    /** The summary of {@code space}. */
    public static SpaceSummary of(SearchSpace space) {
        boolean continuous = space.dimensions().stream().anyMatch(d -> d.distribution().cardinality().isEmpty());
        return new SpaceSummary(space.name(), space.params().size(), space.dimensions().size(), space.gridSize(),
                continuous);
    }

    @Override
    public String toString() {
        String grid = gridSize.isPresent() ? gridSize.getAsLong() + (gridSize.getAsLong() == 1 ? " configuration"
                : " configurations")
                : continuous ? "infinite (continuous dimensions)"
                : "more than " + Dimensions.GRID_LIMIT + " configurations";
        return name + ": " + parameters + (parameters == 1 ? " param, " : " params, ") + dimensions
                + (dimensions == 1 ? " dimension" : " dimensions") + ", grid: " + grid;
    }
}
