package io.automl.eval;

import static io.automl.eval.TestSpaces.BASE;
import static io.automl.eval.TestSpaces.config;
import static io.automl.eval.TestSpaces.data;
import static io.automl.eval.TestSpaces.space;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.PreparedData;
import io.automl.eval.dl4j.Hyperparameters;
import io.automl.eval.dl4j.NetworkFactory;
import io.automl.eval.dl4j.Trainer;
import io.automl.eval.dl4j.TrainingResult;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seconds per epoch on digits with 1 and 2 threads, per ND4J thread setting. Run with
 * {@code -Dbench=true}; it prints its figures.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
public class ThreadBenchmarkTest {
    private final DatasetCache cache = new DatasetCache();

    @Test
    void secondsPerEpochByThreadSetting() throws Exception {
        SearchSpace space = space(data("digits.csv", "standardize"), 5, "accuracy", Optional.empty());
        PreparedData d = cache.get(space.dataset(), BASE);
        for (int[] units : new int[][] {{128}, {512, 512}}) {
            Config c = config(Map.of("batchSize", 64), "relu", 0.0, units);
            epochSeconds(space, d, c, "warm-up", () -> { });
            for (int t : new int[] {1, 2}) {
                final int n = t;
                reset();
                epochSeconds(space, d, c, java.util.Arrays.toString(units) + " blas=" + n,
                        () -> Nd4j.factory().blas().setMaxThreads(n));
                reset();
                epochSeconds(space, d, c, java.util.Arrays.toString(units) + " env=" + n, () -> {
                    Nd4j.getEnvironment().setMaxThreads(n);
                    Nd4j.getEnvironment().setMaxMasterThreads(n);
                });
                reset();
                double s = epochSeconds(space, d, c, java.util.Arrays.toString(units) + " all=" + n,
                        () -> new io.automl.eval.dl4j.ThreadControl().limit(n));
                assertTrue(s > 0);
            }
        }
    }

    /** Runs the benchmark outside the test runner. */
    public static void main(String[] args) throws Exception {
        new ThreadBenchmarkTest().secondsPerEpochByThreadSetting();
    }

    private static void reset() {
        Nd4j.factory().blas().setMaxThreads(2);
        Nd4j.getEnvironment().setMaxThreads(2);
        Nd4j.getEnvironment().setMaxMasterThreads(2);
    }

    private static double epochSeconds(SearchSpace space, PreparedData d, Config c, String label, Runnable setup)
            throws Exception {
        setup.run();
        var conf = new NetworkFactory(100_000_000).build(space.plan(c).orElseThrow(), Hyperparameters.from(c),
                d.featureNames().size(), d.classes(), 1);
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        TrainingResult r = new Trainer(Clock.systemUTC()).train(net, d.train(), d.validation(), d.classes(), 64,
                space.budget().epochs(), space.objective(), Optional.empty(), new TestTrial(c, 1));
        double perEpoch = r.seconds() / r.epochs();
        System.out.printf(Locale.ROOT, "BENCH %-22s %.4f s/epoch (acc %.3f)%n", label, perEpoch, r.best().accuracy());
        return perEpoch;
    }
}
