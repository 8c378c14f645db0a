package io.automl.schedule;
import io.automl.engine.schedule.DriftEvent;
import io.automl.engine.schedule.ScheduleRun;
import io.automl.engine.schedule.ScheduleSummary;

import static io.automl.schedule.ReleaseStoreGenerator.ARTIFACT;
import static io.automl.schedule.ReleaseStoreGenerator.AT;
import static io.automl.schedule.ReleaseStoreGenerator.FAILED_STUDY;
import static io.automl.schedule.ReleaseStoreGenerator.SCHEDULE;
import static io.automl.schedule.ReleaseStoreGenerator.STUDY;
import static io.automl.schedule.ScheduleFixture.irisSpace;
import static io.automl.schedule.ScheduleFixture.services;
import static io.automl.schedule.ScheduleFixture.settings;
import static io.automl.schedule.ScheduleFixture.spacesDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.automl.app.Services;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import io.automl.engine.TrialSnapshot;
import io.automl.engine.TrialState;
import io.automl.engine.TrialStore;
import io.automl.results.JdbcTrialStore;
import io.automl.space.Config;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded store made by the release before Flyway ({@code release-store/automl.mv.db}, written by
 * {@link ReleaseStoreGenerator} with that release's code) opens with every row, both Flyway histories adopt
 * the schema the hand-written runners made, and the store and the schedules go on working.
 */
class ReleaseStoreUpgradeTest {
    @TempDir
    Path data;

    @Test
    void aReleaseStoreOpensWithEveryRowAndGoesOn() throws Exception {
        try (InputStream fixture = getClass().getResourceAsStream("/release-store/automl.mv.db")) {
            Files.copy(fixture, data.resolve("automl.mv.db"));
        }
        try (Services services = services(data);
                Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(), settings())) {
            TrialStore store = services.store();
            StudyRecord study = store.findStudy(STUDY).orElseThrow();
            List<TrialSnapshot> trials = store.trials(study.id());
            assertEquals(List.of(TrialState.COMPLETE, TrialState.PRUNED, TrialState.WAITING),
                    trials.stream().map(TrialSnapshot::state).toList());
            assertEquals(0.93, trials.get(0).value().doubleValue());
            assertEquals(Map.of(1, 0.5 + 0.1, 2, 0.5 + 0.2, 3, 0.5 + 0.3), trials.get(0).intermediate());
            assertEquals(3, ((Number) trials.get(0).attributes().get("epochs")).intValue());
            assertArrayEquals(ARTIFACT, store.artifact(trials.get(0).id(), "model.zip").orElseThrow());
            assertEquals(0.41, trials.get(1).value().doubleValue());
            assertEquals(2, trials.get(1).intermediate().size());
            assertEquals(new Config(Map.of("learningRate", 0.003)), trials.get(2).config());
            StudyRecord refused = store.findStudy(FAILED_STUDY).orElseThrow();
            assertEquals(StudyState.FAILED, refused.state());
            assertEquals("command spaces are not allowed on this server", refused.reason());

            List<ScheduleSummary> all = schedules.list();
            assertEquals(List.of(SCHEDULE), all.stream().map(s -> s.spec().name()).toList());
            assertEquals("0 0 2 * * ?", all.get(0).spec().cron());
            assertNotNull(all.get(0).nextFire(), "the Quartz trigger is kept");
            List<ScheduleRun> runs = schedules.history(SCHEDULE);
            assertEquals(1, runs.size());
            assertEquals(STUDY, runs.get(0).study());
            assertEquals(AT.plusSeconds(60), runs.get(0).finishedAt());
            assertEquals(List.of(new DriftEvent(SCHEDULE, STUDY, 0.95, 0.93, AT.plusSeconds(61))),
                    schedules.drift(SCHEDULE));

            assertEquals(3, store.enqueue(study.id(), new Config(Map.of("learningRate", 0.02)), 4L).number(),
                    "trial numbering goes on");
            schedules.create("after-upgrade", irisSpace(), spacesDir(), "0 0 3 * * ?", 2, 0.01);

            JdbcTrialStore jdbc = (JdbcTrialStore) store;
            assertEquals(List.of("4|BASELINE|adopted from schema_version", "5|SQL|objective values"),
                    history(jdbc, "flyway_schema_history"));
            assertEquals(List.of("1|BASELINE|adopted from qrtz_locks", "2|SQL|schedule tables"),
                    history(jdbc, "flyway_schedules_history"));
        }
        try (Services services = services(data);
                Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(), settings())) {
            assertEquals(List.of("after-upgrade", SCHEDULE), schedules.list().stream().map(s -> s.spec().name()).toList());
            assertEquals(4, services.store().trials(services.store().findStudy(STUDY).orElseThrow().id()).size());
            JdbcTrialStore jdbc = (JdbcTrialStore) services.store();
            assertEquals(List.of("4|BASELINE|adopted from schema_version", "5|SQL|objective values"),
                    history(jdbc, "flyway_schema_history"), "nothing applied at the second start");
            assertEquals(2, history(jdbc, "flyway_schedules_history").size());
        }
    }

    /** The versioned rows of a Flyway history: version, type and description. */
    private static List<String> history(JdbcTrialStore store, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"type\", \"description\" FROM \"" + table
                        + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
            }
        }
        return rows;
    }
}
