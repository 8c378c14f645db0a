package io.automl.space.parse;

/**
 * The sampler a space gets when it names none. Kept apart so that the choice for single-objective spaces
 * and the one for multi-objective spaces can change independently. Stateless.
 */
final class DefaultSampler {
    private DefaultSampler() {
    }

    /** {@code nsga2} for two or more objectives, {@code random} otherwise. */
    static String type(boolean multiObjective) {
        return multiObjective ? "nsga2" : "random";
    }
}
