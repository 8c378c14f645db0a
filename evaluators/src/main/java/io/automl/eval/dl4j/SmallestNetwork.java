package io.automl.eval.dl4j;

import io.automl.eval.EvaluationException;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import io.automl.space.arch.NetworkPlan;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;

/**
 * The smallest networks of a space, by trainable parameters and by estimated activation memory, so that a space
 * whose every candidate exceeds a limit can be reported before a study runs. It searches the unit cube: the
 * lowest corner, coordinate descent from there over a grid of each coordinate (every choice of a categorical), and
 * a fixed number of seeded random candidates; each candidate is sized by {@link NetworkFactory} exactly as a trial
 * would be, without allocating the network. Candidates DL4J cannot build are skipped. Stateless and thread-safe.
 */
public final class SmallestNetwork {
    private static final int GRID = 11;
    private static final int RANDOM = 64;
    private static final int PASSES = 2;

    private final NetworkFactory unlimited = new NetworkFactory(Long.MAX_VALUE, Double.MAX_VALUE);

    /**
     * The smallest sizes found for a space.
     *
     * @param parameters the fewest trainable parameters of any candidate examined
     * @param fewestParameters the candidate with that many
     * @param activationMB the least activation memory (MiB) of any candidate examined
     * @param leastMemory the candidate with that memory
     * @param examined how many candidates were built
     */
    public record Floor(long parameters, Config fewestParameters, double activationMB, Config leastMemory,
            int examined) {
        public Floor {
            Objects.requireNonNull(fewestParameters, "fewestParameters");
            Objects.requireNonNull(leastMemory, "leastMemory");
        }
    }

    private record Size(long parameters, double activationMB) {
    }

    /**
     * The smallest sizes among the candidates of {@code space} on data with {@code inputs} features and
     * {@code outputs} output units, or empty when the space has no architecture or no candidate could be built.
     */
    public Optional<Floor> of(SearchSpace space, int inputs, int outputs) {
        Objects.requireNonNull(space, "space");
        if (space.architecture().isEmpty()) {
            return Optional.empty();
        }
        int n = space.dimensions().size();
        Search byParams = new Search(space, inputs, outputs, s -> s.parameters);
        Search byMemory = new Search(space, inputs, outputs, s -> s.activationMB);
        byParams.descend(n);
        byMemory.descend(n);
        SplittableRandom random = new SplittableRandom(0);
        for (int i = 0; i < RANDOM; i++) {
            double[] u = new double[n];
            for (int d = 0; d < n; d++) {
                u[d] = random.nextDouble();
            }
            Size s = byParams.size(u);
            byMemory.offer(u, s);
        }
        if (byParams.best == null || byMemory.best == null) {
            return Optional.empty();
        }
        return Optional.of(new Floor(byParams.bestSize.parameters, space.decode(byParams.best),
                byMemory.bestSize.activationMB, space.decode(byMemory.best), byParams.examined + byMemory.examined));
    }

    /** Minimises one measure of size over the unit cube. */
    private final class Search {
        private final SearchSpace space;
        private final int inputs;
        private final int outputs;
        private final ToDoubleFunction<Size> measure;
        double[] best;
        Size bestSize;
        int examined;

        Search(SearchSpace space, int inputs, int outputs, ToDoubleFunction<Size> measure) {
            this.space = space;
            this.inputs = inputs;
            this.outputs = outputs;
            this.measure = measure;
        }

        void descend(int n) {
            double[] u = new double[n];
            offer(u, size(u));
            for (int pass = 0; pass < PASSES; pass++) {
                for (int d = 0; d < n; d++) {
                    long k = space.dimensions().get(d).distribution().cardinality().orElse(GRID);
                    int steps = (int) Math.min(k, 64);
                    double[] start = best == null ? u : best;
                    for (int i = 0; i < steps; i++) {
                        double[] v = Arrays.copyOf(start, n);
                        v[d] = (i + 0.5) / steps;
                        offer(v, size(v));
                    }
                    double[] low = Arrays.copyOf(start, n);
                    low[d] = 0;
                    offer(low, size(low));
                }
            }
        }

        void offer(double[] u, Size s) {
            if (s != null && (bestSize == null || measure.applyAsDouble(s) < measure.applyAsDouble(bestSize))) {
                best = u;
                bestSize = s;
            }
        }

        Size size(double[] u) {
            examined++;
            try {
                Config config = space.decode(u);
                Optional<NetworkPlan> plan = space.plan(config);
                if (plan.isEmpty()) {
                    return null;
                }
                MultiLayerConfiguration conf = unlimited.build(plan.get(), Hyperparameters.from(config), inputs,
                        outputs, 0L);
                InputType in = NetworkFactory.inputType(plan.get().input(), inputs);
                return new Size(NetworkFactory.parameterCount(conf), NetworkFactory.activationMB(in,
                        conf.getLayerActivationTypes(in), Hyperparameters.from(config).batchSize()));
            } catch (EvaluationException | RuntimeException e) {
                return null;
            }
        }
    }
}
