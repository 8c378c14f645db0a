package io.automl.results;

import io.automl.engine.Outcome;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A child process for {@link H2DurabilityTest}: finishes trials one after another on the H2 store in the
 * directory given as the first argument and prints {@code finished N} after each {@code finish} returned,
 * until it is killed.
 */
public final class CommitWriter {
    private CommitWriter() {
    }

    public static void main(String[] args) {
        try (JdbcTrialStore store = StoreFactory.h2(Path.of(args[0]))) {
            StudyRecord study = store.createStudy("durable", "{}", ".", Direction.MAXIMIZE);
            for (int i = 0; ; i++) {
                TrialSnapshot t = store.startTrial(study.id(), Integer.MAX_VALUE, new Config(Map.of("x", i)), i,
                        "writer", Duration.ofMinutes(5)).orElseThrow();
                store.reportIntermediate(t.id(), "writer", 1, i);
                TrialSnapshot done = store.finish(t.id(), "writer", new Outcome.Complete(i, Map.of()));
                System.out.println("finished " + done.number());
                System.out.flush();
            }
        }
    }
}
