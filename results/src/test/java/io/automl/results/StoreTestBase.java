package io.automl.results;

import io.automl.engine.Outcome;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Opens a store on a fresh database before each test and closes and drops it after. */
abstract class StoreTestBase {
    static final Duration HOUR = Duration.ofHours(1);

    DatabaseFixture fixture;
    JdbcTrialStore store;

    abstract DatabaseFixture newFixture();

    @BeforeEach
    void openStore() throws Exception {
        fixture = newFixture();
        fixture.prepare();
        store = fixture.open();
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store != null) {
            store.close();
        }
        fixture.drop();
    }

    /** Closes the store and opens a new one on the same database. */
    void reopen() {
        store.close();
        store = null;
        store = fixture.open();
    }

    StudyRecord study(String name, Direction direction) {
        return store.createStudy(name, "{\"name\": \"" + name + "\"}", "/data/" + name, direction);
    }

    static Config config(int i) {
        return new Config(Map.of("units", 16 + i, "learningRate", 0.001 * (i + 1)));
    }

    /** Starts a trial for {@code worker} and completes it with {@code value}. */
    TrialSnapshot completed(long studyId, String worker, double value) {
        TrialSnapshot t = store.startTrial(studyId, Integer.MAX_VALUE, config((int) value), 1, worker, HOUR)
                .orElseThrow();
        return store.finish(t.id(), worker, new Outcome.Complete(value, Map.of()));
    }
}
