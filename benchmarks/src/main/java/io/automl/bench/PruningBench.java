package io.automl.bench;

import io.automl.engine.StudyResult;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.engine.api.Study;
import io.automl.eval.Evaluators;
import io.automl.eval.data.DatasetCache;
import io.automl.results.StoreFactory;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Pruning on real DL4J training: runs the study of a search-space file (whose {@code pruner} line is
 * replaced by the pruner under test) through the library API with the DL4J evaluator and the H2 file store
 * in a fresh temporary directory, and prints one CSV line
 * {@code pruner,trials,complete,pruned,epochs,seconds,best}: the epochs trained by all trials together
 * (their intermediate values), the wall time of the study, and the best validation value.
 * Usage: {@code PruningBench SPACE_FILE none|median|asha|hyperband}.
 */
public final class PruningBench {
    private PruningBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PruningBench SPACE_FILE none|median|asha|hyperband");
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        String pruner = args[1];
        String text = withPruner(Files.readString(file), pruner);
        SearchSpace space = new SpaceParser(io.automl.engine.Plugins.standard()).parse(text, file.getParent());
        Path dir = Files.createTempDirectory("automl-pruning");
        try (TrialStore store = StoreFactory.h2(dir)) {
            Study study = Study.builder(space).store(store).spaceText(text).baseDir(file.getParent())
                    .parallelism(space.budget().parallelism()).build();
            long start = System.nanoTime();
            StudyResult r = study.run(new Evaluators(new DatasetCache(), false).create(space, file.getParent()),
                    space.budget().trials());
            double seconds = (System.nanoTime() - start) / 1e9;
            List<TrialSnapshot> trials = study.trials();
            int epochs = trials.stream().mapToInt(t -> t.intermediate().size()).sum();
            long pruned = trials.stream().filter(t -> t.state() == TrialState.PRUNED).count();
            double best = r.best().orElseThrow(() -> new IllegalStateException("no complete trial: " + r.counts()))
                    .value();
            System.out.printf(Locale.ROOT, "%s,%d,%d,%d,%d,%.1f,%.4f%n", pruner, trials.size(), r.counts().complete(),
                    pruned, epochs, seconds, best);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** {@code text} with its pruner line replaced by {@code pruner}'s settings for the benchmark. */
    static String withPruner(String text, String pruner) {
        String spec;
        switch (pruner) {
            case "none":
                spec = "{\"type\": \"none\"}";
                break;
            case "median":
                spec = "{\"type\": \"median\", \"warmupSteps\": 1, \"minTrials\": 4}";
                break;
            case "asha":
                spec = "{\"type\": \"asha\", \"minEpochs\": 1, \"reductionFactor\": 3}";
                break;
            case "hyperband":
                spec = "{\"type\": \"hyperband\", \"minEpochs\": 1, \"reductionFactor\": 3}";
                break;
            default:
                throw new IllegalArgumentException("unknown pruner: " + pruner);
        }
        String replaced = text.replaceFirst("\"pruner\":\\s*\\{[^}]*\\}", "\"pruner\": " + spec.replace("$", "\\$"));
        if (replaced.equals(text) && !text.contains(spec)) {
            throw new IllegalArgumentException("the space has no one-line \"pruner\" object to replace");
        }
        return replaced;
    }
}
