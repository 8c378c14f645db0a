package io.automl.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.automl.app.DataDirectory;
import io.automl.app.Services;
import io.automl.app.StoreLocation;
import io.automl.schedule.ScheduleSettings;
import io.automl.schedule.Schedules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL database whose scheduler tables the release before Flyway created (Quartz's
 * {@code tables_postgres.sql} from the Quartz jar, run statement by statement without its DROPs, then the
 * schedule tables) keeps its schedules and their runs when the scheduler opens it: the schedules history is
 * baselined at V1 and V2 creates nothing that exists.
 */
class PgScheduleAdoptionTest {
    @TempDir
    Path dir;

    @Test
    void schedulerTablesOfTheReleaseAreAdopted() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            StoreLocation location = new StoreLocation(db.url(), db.user(), db.password());
            try (Services services = Services.open(new DataDirectory(dir), location)) {
                // the results schema is Flyway's from here on; only the scheduler's tables are the release's
            }
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                for (String sql : releaseStatements(read("/org/quartz/impl/jdbcjobstore/tables_postgres.sql"))) {
                    s.execute(sql);
                }
                for (String sql : releaseStatements(read("/db/schedules/common/V2__schedule_tables.sql"))) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schedules (name, space_text, base_dir, cron, top_k, drift_margin, created_at)"
                        + " VALUES ('kept', '{}', '/data', '0 0 2 * * ?', 3, 0.02, 1)");
                s.execute("INSERT INTO schedule_runs (schedule_name, study_name, started_at, finished_at)"
                        + " VALUES ('kept', 'kept@1', 1, 2)");
                s.execute("INSERT INTO qrtz_locks (sched_name, lock_name) VALUES ('automl', 'TRIGGER_ACCESS')");
            }
            try (Services services = Services.open(new DataDirectory(dir), location);
                    Schedules schedules = Schedules.open(services.store(), services.scheduledSearch(),
                            ScheduleSettings.defaults())) {
                assertEquals(List.of("kept"), schedules.list().stream().map(x -> x.spec().name()).toList());
                assertEquals(List.of("kept@1"), schedules.history("kept").stream().map(r -> r.study()).toList());
            }
            assertEquals(List.of("1|BASELINE|adopted from qrtz_locks", "2|SQL|schedule tables"),
                    rows(db, "SELECT \"version\", \"type\", \"description\" FROM flyway_schedules_history"
                            + " WHERE \"version\" IS NOT NULL ORDER BY installed_rank"));
            assertEquals(List.of("kept|0 0 2 * * ?"), rows(db, "SELECT name, cron FROM schedules"));
            assertEquals(List.of("kept@1|2"), rows(db, "SELECT study_name, finished_at FROM schedule_runs"));
            assertEquals(List.of("automl|TRIGGER_ACCESS"), rows(db, "SELECT sched_name, lock_name FROM qrtz_locks"
                    + " WHERE sched_name = 'automl'"));
        }
    }

    /** The statements as the release's installer ran them: comments, DROPs and COMMIT left out. */
    private static List<String> releaseStatements(String script) {
        StringBuilder text = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--") && !line.strip().startsWith("#")) {
                text.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : text.toString().split(";")) {
            String sql = part.strip();
            String upper = sql.toUpperCase(Locale.ROOT);
            if (!sql.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
                out.add(sql);
            }
        }
        return out;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PgScheduleAdoptionTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> rows(PgDatabase db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2) + (rs.getMetaData().getColumnCount() > 2
                        ? "|" + rs.getString(3) : ""));
            }
        }
        return out;
    }
}
