package io.automl.schedule;
import io.automl.engine.schedule.DriftEvent;

import io.automl.app.Services;
import io.automl.engine.Outcome;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialStore;
import io.automl.results.JdbcTrialStore;
import io.automl.space.Config;
import io.automl.space.Direction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Writes the fixture {@code release-store/automl.mv.db} that {@link ReleaseStoreUpgradeTest} opens: an embedded
 * store made by the release before Flyway (its own migrator and schema installer), holding two studies (one
 * failed with a reason), trials in three states with intermediate values, attributes and an artifact, and a
 * schedule with a run and a drift event. Run once with that release's code on the test class path:
 * {@code java -cp ... io.automl.schedule.ReleaseStoreGenerator DIR}; the file is kept under
 * {@code src/test/resources/release-store/}. The values written here are the ones the upgrade test expects.
 */
final class ReleaseStoreGenerator {
    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    static final String STUDY = "release-study";
    static final String FAILED_STUDY = "release-refused";
    static final String SCHEDULE = "release-nightly";
    static final byte[] ARTIFACT = "model bytes of the release".getBytes(StandardCharsets.UTF_8);

    private ReleaseStoreGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        if (Files.exists(dir.resolve("automl.mv.db"))) {
            throw new IllegalStateException("refusing to overwrite " + dir.resolve("automl.mv.db"));
        }
        try (Services services = ScheduleFixture.services(dir);
                Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(),
                        ScheduleFixture.settings())) {
            TrialStore store = services.store();
            String space = ScheduleFixture.irisSpace();
            StudyRecord study = store.createStudy(STUDY, space, "/data/release", Direction.MAXIMIZE);
            TrialSnapshot complete = run(store, study.id(), 0.01, 3, 0.5);
            store.finish(complete.id(), "w1", new Outcome.Complete(0.93, Map.of("epochs", 3)));
            store.putArtifact(complete.id(), "model.zip", ARTIFACT);
            TrialSnapshot pruned = run(store, study.id(), 0.1, 2, 0.2);
            store.finish(pruned.id(), "w1", new Outcome.Pruned(0.41, Map.of()));
            store.enqueue(study.id(), new Config(Map.of("learningRate", 0.003)), 3L);
            StudyRecord refused = store.createStudy(FAILED_STUDY, space, "/data/release", Direction.MINIMIZE);
            store.failStudy(refused.id(), "command spaces are not allowed on this server");

            schedules.create(SCHEDULE, space, ScheduleFixture.spacesDir(), "0 0 2 * * ?", 3, 0.02);
            ScheduleTables tables = new ScheduleTables(((JdbcTrialStore) store).dataSource());
            long run = tables.startRun(SCHEDULE, STUDY, AT, null);
            tables.finishRun(run, AT.plusSeconds(60), 0.93);
            tables.insertDrift(new DriftEvent(SCHEDULE, STUDY, 0.95, 0.93, AT.plusSeconds(61)));
        }
        System.out.println("wrote " + dir.resolve("automl.mv.db") + " at " + Clock.systemUTC().instant());
    }

    /** Enqueues, claims and reports {@code steps} intermediate values for one trial. */
    private static TrialSnapshot run(TrialStore store, long studyId, double lr, int steps, double first) {
        store.enqueue(studyId, new Config(Map.of("learningRate", lr)), Math.round(lr * 1000));
        TrialSnapshot claimed = store.claimWaiting(studyId, "w1", Duration.ofMinutes(5)).orElseThrow();
        for (int step = 1; step <= steps; step++) {
            store.reportIntermediate(claimed.id(), "w1", step, first + step / 10.0);
        }
        return claimed;
    }
}
