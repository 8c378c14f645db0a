package io.automl.web;

import io.automl.engine.Outcome;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import io.automl.space.Config;
import io.automl.space.SearchSpace;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a finished study of many trials straight into a store: configurations decoded from random points
 * of the real space, a learning curve per trial, a few pruned and failed trials, then the study COMPLETE.
 * No training, so thousands of trials take seconds.
 */
final class LargeStudy {
    private LargeStudy() {
    }

    /** Creates study {@code name} from {@code spaceText} (its name replaced) with {@code trials} finished trials. */
    static StudyRecord write(TrialStore store, String spaceText, Path baseDir, String name, int trials, int steps,
            long seed) {
        String text = spaceText.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"" + name + "\"");
        text = text.replaceFirst("\"trials\"\\s*:\\s*\\d+", "\"trials\": " + trials);
        SearchSpace space = new SpaceParser().parse(text, baseDir);
        StudyRecord study = store.createStudy(name, text, baseDir.toString(), space.objective().direction());
        SplittableRandom random = new SplittableRandom(seed);
        int dims = space.dimensions().size();
        for (int i = 0; i < trials; i++) {
            double[] unit = new double[dims];
            for (int d = 0; d < dims; d++) {
                unit[d] = random.nextDouble();
            }
            Config config = space.decode(unit);
            TrialSnapshot t = store.startTrial(study.id(), Integer.MAX_VALUE, config, random.nextLong(), "bulk",
                    Duration.ofMinutes(5)).orElseThrow();
            double target = 0.5 + 0.45 * random.nextDouble();
            int last = i % 10 == 9 ? steps / 2 : steps;
            double value = 0;
            for (int step = 0; step < last; step++) {
                value = target * (1 - Math.exp(-(step + 1) / 3.0));
                store.reportIntermediate(t.id(), "bulk", step, value);
            }
            Outcome outcome = i % 97 == 96 ? new Outcome.Failed("diverged", Map.of())
                    : last < steps ? new Outcome.Pruned(value, Map.of()) : new Outcome.Complete(value, Map.of());
            store.finish(t.id(), "bulk", outcome);
        }
        store.setStudyState(study.id(), StudyState.COMPLETE);
        return store.study(study.id()).orElseThrow();
    }
}
