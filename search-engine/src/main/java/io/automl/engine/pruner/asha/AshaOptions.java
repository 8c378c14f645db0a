package io.automl.engine.pruner.asha;

import io.automl.engine.options.OptionAlias;

/**
 * Settings of successive halving: the first rung at step {@code minResource} (option {@code minResource},
 * or its alias {@code minEpochs}; default 1, at least 1), {@code reductionFactor} (default 3, at least 2)
 * and {@code minEarlyStoppingRate} (default 0, at least 0): rung {@code k} sits at step
 * {@code minResource * reductionFactor^(minEarlyStoppingRate + k)}.
 */
public record AshaOptions(@OptionAlias("minEpochs") int minResource, int reductionFactor, int minEarlyStoppingRate) {
    public AshaOptions {
        if (minResource < 1) {
            throw new IllegalArgumentException("minResource must be >= 1: " + minResource);
        }
        if (reductionFactor < 2) {
            throw new IllegalArgumentException("reductionFactor must be >= 2: " + reductionFactor);
        }
        if (minEarlyStoppingRate < 0) {
            throw new IllegalArgumentException("minEarlyStoppingRate must be >= 0: " + minEarlyStoppingRate);
        }
    }

    /** First rung at step 1, a third kept per rung. */
    public static AshaOptions defaults() {
        return new AshaOptions(1, 3, 0);
    }

    /** The step of rung {@code k}, saturating at {@code Integer.MAX_VALUE}. */
    long rungStep(int k) {
        double step = minResource * Math.pow(reductionFactor, (double) minEarlyStoppingRate + k);
        return step >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) step;
    }
}
