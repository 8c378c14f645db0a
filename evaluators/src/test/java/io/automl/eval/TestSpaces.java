package io.automl.eval;

import io.automl.space.Budget;
import io.automl.space.Config;
import io.automl.space.Constant;
import io.automl.space.DatasetSpec;
import io.automl.space.Direction;
import io.automl.space.EarlyStopping;
import io.automl.space.EvaluatorSpec;
import io.automl.space.IntRange;
import io.automl.space.Objective;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import io.automl.space.arch.ArchitectureSpace;
import io.automl.space.arch.BlockSpace;
import io.automl.space.arch.DenseSpace;
import io.automl.space.arch.OutputSpace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Search spaces and configurations over the test data sets. */
final class TestSpaces {
    static final Path BASE = Path.of("src/test/resources");

    private TestSpaces() {
    }

    static DatasetSpec data(String file, String normalize) {
        return new DatasetSpec("csv", "data/" + file, "label", new DatasetSpec.Split(0.2, 0.2, 7), normalize, 0);
    }

    /** A space with one block of 1..3 dense layers and a softmax output. */
    static SearchSpace space(DatasetSpec data, int epochs, String metric, Optional<EarlyStopping> es,
            String outActivation, String loss) {
        Direction dir = metric.contains("loss") ? Direction.MINIMIZE : Direction.MAXIMIZE;
        DenseSpace layer = new DenseSpace(new IntRange(1, 4096, false, 1), new Constant("relu"), new Constant(0.0));
        ArchitectureSpace arch = new ArchitectureSpace("feedforward",
                List.of(new BlockSpace(new IntRange(1, 3, false, 1), layer)), new OutputSpace(outActivation, loss));
        return new SearchSpace("test", new Objective(metric, dir), data, new Budget(1, epochs, 0, 1, 0),
                new SamplerSpec("random", 1, Map.of()), PrunerSpec.none(), es, EvaluatorSpec.dl4j(), List.of(),
                Optional.of(arch));
    }

    static SearchSpace space(DatasetSpec data, int epochs, String metric, Optional<EarlyStopping> es) {
        return space(data, epochs, metric, es, "softmax", "mcxent");
    }

    /** Wine, predicting the numeric {@code flavanoids} column from the other measurements (the class label excluded). */
    static DatasetSpec wineFlavanoids(String normalizeTarget) {
        return DatasetSpec.regression("data/wine.csv", "flavanoids", List.of("label"),
                new DatasetSpec.Split(0.2, 0.2, 7), "standardize", normalizeTarget);
    }

    /** A regression space: one block of 1..3 dense layers and one identity output trained on mse. */
    static SearchSpace regressionSpace(DatasetSpec data, int epochs, String metric, Optional<EarlyStopping> es) {
        Direction dir = io.automl.space.Task.maximized(metric) ? Direction.MAXIMIZE : Direction.MINIMIZE;
        DenseSpace layer = new DenseSpace(new IntRange(1, 4096, false, 1), new Constant("relu"), new Constant(0.0));
        ArchitectureSpace arch = new ArchitectureSpace("feedforward",
                List.of(new BlockSpace(new IntRange(1, 3, false, 1), layer)), new OutputSpace("identity", "mse"));
        return new SearchSpace("wine-flavanoids", new Objective(metric, dir), data, new Budget(1, epochs, 0, 1, 0),
                new SamplerSpec("random", 1, Map.of()), PrunerSpec.none(), es, EvaluatorSpec.dl4j(), List.of(),
                Optional.of(arch));
    }

    /** A configuration with the given hidden layer sizes (activation, dropout per layer) and hyperparameters. */
    static Config config(Map<String, Object> hyper, String activation, double dropout, int... units) {
        Map<String, Object> v = new LinkedHashMap<>(hyper);
        v.put("arch.b0.repeat", units.length);
        for (int i = 0; i < units.length; i++) {
            v.put("arch.b0.l" + i + ".units", units[i]);
            v.put("arch.b0.l" + i + ".activation", activation);
            v.put("arch.b0.l" + i + ".dropout", dropout);
        }
        return new Config(v);
    }
}
