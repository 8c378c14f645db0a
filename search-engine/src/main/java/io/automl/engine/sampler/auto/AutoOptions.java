package io.automl.engine.sampler.auto;

/**
 * Settings of {@link AutoSampler}: {@code gpTrials}, the number of finished trials after which a study that the
 * Gaussian process serves switches to multivariate TPE (default 200, the GP's observation cap: past it the GP
 * would discard history and TPE's cost per proposal stays in milliseconds); {@code gpParallelism}, the most
 * parallel workers ({@code budget.parallelism}) for which the GP is chosen (default 16: beyond it the constant
 * liar's fantasies crowd the model and proposals queue behind its fit); {@code categoricalShare}, the largest
 * share of categorical dimensions among the searched ones for which the GP is chosen (default 0.5). Immutable.
 */
public record AutoOptions(int gpTrials, int gpParallelism, double categoricalShare) {
    public AutoOptions {
        if (gpTrials < 0 || gpTrials > 100_000) {
            throw new IllegalArgumentException("gpTrials must be in [0, 100000]: " + gpTrials);
        }
        if (gpParallelism < 1 || gpParallelism > 1024) {
            throw new IllegalArgumentException("gpParallelism must be in [1, 1024]: " + gpParallelism);
        }
        if (!(categoricalShare >= 0 && categoricalShare <= 1)) {
            throw new IllegalArgumentException("categoricalShare must be in [0, 1]: " + categoricalShare);
        }
    }

    /** The defaults. */
    public static AutoOptions defaults() {
        return new AutoOptions(200, 16, 0.5);
    }
}
