package io.automl.engine.sampler.auto;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.options.OptionReader;
import io.automl.engine.sampler.gp.GpOptions;
import io.automl.engine.sampler.gp.GpSampler;
import io.automl.engine.sampler.nsga2.Nsga2Options;
import io.automl.engine.sampler.nsga2.Nsga2Sampler;
import io.automl.engine.sampler.tpe.TpeOptions;
import io.automl.engine.sampler.tpe.TpeSampler;
import io.automl.space.Categorical;
import io.automl.space.Config;
import io.automl.space.Dimension;
import io.automl.space.SearchSpace;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Chooses the sampler per proposal, from the space, its budget and the number of finished trials only (so all
 * workers of a study agree, and a resumed study continues as it would have), and delegates to it:
 * <ul>
 * <li>{@code nsga2} for a space with several objectives, the only built-in sampler that models a
 * Pareto front (its first generation is uniformly random);</li>
 * <li>{@code tpe} (independent) when more than {@code categoricalShare} of the searched dimensions are
 * categorical: the GP's one-hot inputs and distances are a poor model there, and TPE models each choice
 * directly;</li>
 * <li>else {@code tpe-mv} (TPE with {@code multivariate}) when the study runs more than {@code gpParallelism}
 * workers at once, or once {@code gpTrials} trials have finished (a switch during the study: TPE then learns
 * from every earlier trial, the GP's included);</li>
 * <li>else {@code gp}, the Gaussian process (a Sobol start-up, then Bayesian optimisation), which needed the
 * fewest trials on the numeric and mixed benchmark problems (BENCHMARKS.md, section 3).</li>
 * </ul>
 * Each delegate is built once with its defaults ({@code gp} scrambled by the study's seed). Immutable and
 * thread-safe.
 */
public final class AutoSampler implements Sampler {
    private final AutoOptions options;
    private final GpSampler gp;
    private final TpeSampler tpe;
    private final TpeSampler tpeMultivariate;

    /**
     * A sampler configured by a {@code SamplerSpec.options()} map (option names as the components of
     * {@link AutoOptions}); throws {@link IllegalArgumentException} naming every bad option.
     */
    public AutoSampler(Map<String, Object> options, long seed) {
        this(OptionReader.read(AutoOptions.defaults(), options, "/sampler").orThrow("sampler 'auto'"), seed);
    }

    /** A sampler with explicit options whose GP start-up sequence is scrambled by {@code seed}. */
    public AutoSampler(AutoOptions options, long seed) {
        this.options = Objects.requireNonNull(options, "options");
        this.gp = new GpSampler(GpOptions.defaults(), seed);
        this.tpe = new TpeSampler(TpeOptions.defaults());
        TpeOptions d = TpeOptions.defaults();
        this.tpeMultivariate = new TpeSampler(new TpeOptions(d.startupTrials(), d.eiCandidates(), true,
                d.priorWeight(), d.constantLiar(), d.maxObservations()));
    }

    /** The options in force. */
    public AutoOptions options() {
        return options;
    }

    @Override
    public Config sample(StudyView study, SearchSpace space, RandomGenerator random) {
        return switch (choose(study, space)) {
            case NSGA2 -> new Nsga2Sampler(Nsga2Options.defaults(), space.budget().trials()).sample(study, space,
                    random);
            case GP -> gp.sample(study, space, random);
            case TPE -> tpe.sample(study, space, random);
            case TPE_MULTIVARIATE -> tpeMultivariate.sample(study, space, random);
        };
    }

    @Override
    public Optional<String> delegate(StudyView study, SearchSpace space) {
        return Optional.of(choose(study, space).label());
    }

    /** The sampler that proposes next for {@code study}. */
    public Choice choose(StudyView study, SearchSpace space) {
        if (space.multiObjective()) {
            return Choice.NSGA2;
        }
        int searched = 0;
        int categorical = 0;
        for (Dimension d : space.dimensions()) {
            if (!d.isFixed()) {
                searched++;
                if (d.distribution() instanceof Categorical) {
                    categorical++;
                }
            }
        }
        if (searched > 0 && categorical > options.categoricalShare() * searched) {
            return Choice.TPE;
        }
        if (space.budget().parallelism() > options.gpParallelism() || finished(study) >= options.gpTrials()) {
            return Choice.TPE_MULTIVARIATE;
        }
        return Choice.GP;
    }

    private static int finished(StudyView study) {
        int n = 0;
        for (TrialSnapshot t : study.trials()) {
            if (t.state() == TrialState.COMPLETE || t.state() == TrialState.PRUNED) {
                n++;
            }
        }
        return n;
    }

    /** What {@link AutoSampler} can delegate to, with the label it is recorded by. */
    public enum Choice {
        /** NSGA-II ({@code nsga2}), for several objectives. */
        NSGA2("nsga2"),
        /** The Gaussian process ({@code gp}). */
        GP("gp"),
        /** Independent TPE ({@code tpe}). */
        TPE("tpe"),
        /** Multivariate TPE ({@code tpe} with {@code multivariate}). */
        TPE_MULTIVARIATE("tpe-mv");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        /** The label recorded on trials and shown after {@code auto}, such as {@code gp}. */
        public String label() {
            return label;
        }
    }
}
