package io.automl.engine.pruner.asha;

import io.automl.engine.options.OptionAlias;

/**
 * Options of {@link HyperbandPruner}: {@code minResource} (alias {@code minEpochs}; default 1, at least 1)
 * and {@code reductionFactor} (default 3, at least 2) as for {@link AshaOptions}, and {@code maxResource},
 * the most steps a trial reports (default 0: the study's epoch budget; otherwise at least
 * {@code minResource}). Each bracket sets its own {@code minEarlyStoppingRate}.
 */
public record HyperbandOptions(@OptionAlias("minEpochs") int minResource, int reductionFactor, int maxResource) {
    public HyperbandOptions {
        if (minResource < 1) {
            throw new IllegalArgumentException("minResource must be >= 1: " + minResource);
        }
        if (reductionFactor < 2) {
            throw new IllegalArgumentException("reductionFactor must be >= 2: " + reductionFactor);
        }
        if (maxResource < 0) {
            throw new IllegalArgumentException("maxResource must be >= 0 (0: the epoch budget): " + maxResource);
        }
        if (maxResource > 0 && maxResource < minResource) {
            throw new IllegalArgumentException("maxResource must be >= minResource (" + minResource + "): "
                    + maxResource);
        }
    }

    /** First rung at step 1, a third kept per rung, sized by the epoch budget. */
    public static HyperbandOptions defaults() {
        return new HyperbandOptions(1, 3, 0);
    }
}
