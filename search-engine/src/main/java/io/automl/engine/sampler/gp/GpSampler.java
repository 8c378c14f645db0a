package io.automl.engine.sampler.gp;

import io.automl.engine.Sampler;
import io.automl.engine.StudyView;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.options.OptionReader;
import io.automl.engine.sampler.qmc.SobolSampler;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Bayesian optimisation with a Gaussian process. Until {@code startupTrials} trials have finished with a value
 * it proposes the points of a Sobol sequence scrambled by the study's sampler seed. Then, per proposal:
 * <ol>
 * <li>the finished trials ({@link Observations}; at most {@code maxObservations}: the best quarter plus a random
 * subset) become inputs on the unit hypercube of the space ({@link Features}: numeric dimensions by their unit
 * coordinate, so log-scaled ones in log space; categorical ones one-hot; inactive ones fixed to a constant) and
 * standardised losses, log-transformed first when their distribution is heavy-tailed ({@link Targets});</li>
 * <li>a zero-mean process with a Matérn-5/2 ARD kernel, signal variance and noise ({@link Matern52}) has its
 * hyperparameters fitted by maximum marginal likelihood under weak priors, from {@code restarts + 1} starts
 * ({@link HyperFit});</li>
 * <li>with {@code constantLiar}, every RUNNING trial is added at the worst observed loss, which flattens the
 * expected improvement around points being evaluated so that concurrent workers spread out;</li>
 * <li>log expected improvement over the best observed loss is maximised by multi-start local search from
 * {@code candidates} random points and the best observations ({@link AcquisitionSearch}); the decoder rounds
 * integers and steps and applies conditions; a configuration some trial already has (a RUNNING one only with
 * the constant liar) is never proposed.</li>
 * </ol>
 *
 * <p>Keeps no state: every call reads the history from the {@link StudyView} and draws only from the generator
 * it is given (the Sobol start-up from the seed), so the same history and generator give the same proposal on
 * every worker. Cost per proposal: O(m^3) per likelihood evaluation for {@code m = min(n, maxObservations)}
 * observations, a bounded number of evaluations, plus O(m^2) per scored point. Immutable and thread-safe.
 */
public final class GpSampler implements Sampler {
    private final GpOptions options;
    private final SobolSampler startup;

    /**
     * A sampler configured by a {@code SamplerSpec.options()} map (option names as the components of
     * {@link GpOptions}); throws {@link IllegalArgumentException} naming every bad option.
     */
    public GpSampler(Map<String, Object> options, long seed) {
        this(OptionReader.read(GpOptions.defaults(), options, "/sampler").orThrow("sampler 'gp'"), seed);
    }

    /** A sampler with explicit options whose start-up sequence is scrambled by {@code seed}. */
    public GpSampler(GpOptions options, long seed) {
        this.options = Objects.requireNonNull(options, "options");
        this.startup = new SobolSampler(seed);
    }

    /** The options in force. */
    public GpOptions options() {
        return options;
    }

    @Override
    public Config sample(StudyView study, SearchSpace space, RandomGenerator random) {
        Features features = new Features(space.dimensions());
        Observations all = Observations.of(study.trials(), space, study.objective().direction(),
                options.constantLiar());
        if (all.size() < Math.max(options.startupTrials(), 2) || features.width() == 0) {
            return startup.sample(study, space, random);
        }
        Observations obs = all.capped(options.maxObservations(), random);
        double[] y = Targets.of(obs.losses());
        double[][] x = inputs(obs.points(), features);
        Hyper hyper = new HyperFit(x, y, Prior.of(features)).fit(options.restarts(), random);
        double best = Double.POSITIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            best = Math.min(best, v);
            worst = Math.max(worst, v);
        }
        List<double[]> withLiars = new ArrayList<>(obs.points());
        withLiars.addAll(obs.running());
        double[] yLiars = Arrays.copyOf(y, withLiars.size());
        Arrays.fill(yLiars, y.length, yLiars.length, worst);
        Posterior posterior = Posterior.of(inputs(withLiars, features), yLiars, hyper.kernel(), hyper.noise());
        List<double[]> seeds = new ArrayList<>();
        for (int i : obs.best(options.acquisitionStarts())) {
            seeds.add(obs.points().get(i));
        }
        Set<Config> taken = new HashSet<>();
        for (TrialSnapshot t : study.trials()) {
            if (t.state() != TrialState.RUNNING || options.constantLiar()) {
                taken.add(t.config());
            }
        }
        double[] unit = new AcquisitionSearch(space, features, posterior, best, taken)
                .maximise(seeds, options.candidates(), options.acquisitionStarts(), random);
        return space.decode(unit);
    }

    private static double[][] inputs(List<double[]> points, Features features) {
        double[][] x = new double[points.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = features.of(points.get(i));
        }
        return x;
    }
}
