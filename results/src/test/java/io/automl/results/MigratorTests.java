package io.automl.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.automl.engine.Outcome;
import io.automl.engine.StudyRecord;
import io.automl.engine.TrialSnapshot;
import io.automl.space.Config;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Schema migrations (Flyway): recorded once with their checksum, idempotent, safe when started concurrently. */
abstract class MigratorTests {
    /** Flyway's history table; it quotes its lower-case names, which H2 does not fold. */
    private static final String HISTORY = "\"flyway_schema_history\"";
    private DatabaseFixture fixture;
    private Dialect dialect;
    private final List<HikariDataSource> pools = new ArrayList<>();

    abstract DatabaseFixture newFixture();

    @BeforeEach
    void prepare() throws Exception {
        fixture = newFixture();
        fixture.prepare();
        dialect = Dialect.forUrl(fixture.url());
    }

    @AfterEach
    void cleanUp() throws Exception {
        pools.forEach(HikariDataSource::close);
        fixture.drop();
    }

    @Test
    void recordsTheAppliedVersionWithItsChecksumAndIsIdempotent() throws SQLException {
        HikariDataSource pool = pool();
        assertEquals(List.of("1", "2", "3", "4", "5"), migrator(pool).migrate(SchemaHistory.RESULTS));
        assertEquals(List.of(), migrator(pool).migrate(SchemaHistory.RESULTS), "second run");
        fixture.open().close(); // a store opened on a migrated database migrates nothing and works
        List<String> rows = query(pool, "SELECT \"version\", \"description\", \"checksum\", "
                + "\"installed_on\" FROM " + HISTORY + " WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"");
        assertEquals(5, rows.size());
        String[] row = rows.get(0).split("\\|");
        assertEquals("1", row[0]);
        assertEquals("schema", row[1]);
        assertTrue(Integer.parseInt(row[2]) != 0, "a checksum of the script is recorded");
        assertTrue(row[3].startsWith("20"), "installed_on is a time stamp: " + row[3]);
        assertEquals(List.of("0"), query(pool, "SELECT COUNT(*) FROM trials"));
    }

    @Test
    void appliesOnlyThePendingLaterVersions() throws SQLException {
        HikariDataSource pool = pool();
        SchemaHistory withNotes = new SchemaHistory(SchemaHistory.RESULTS.table(),
                List.of("db/migration", "db/test-migration"), SchemaHistory.RESULTS.legacy());
        assertEquals(List.of("1"), migrator(pool).migrate(withNotes, "1"));
        // A study with trials created under V1 gets its trial count when V2 adds the column.
        execute(pool, "INSERT INTO studies (name, space_text, base_dir, direction, state, created_at) "
                + "VALUES ('old', '{}', '/', 'MAXIMIZE', 'RUNNING', 1)");
        for (int number = 0; number < 3; number++) {
            execute(pool, "INSERT INTO trials (study_id, number, state, config_json, seed, attempt, attributes_json, "
                    + "created_at) SELECT id, " + number + ", 'WAITING', '{}', 0, 0, '{}', 1 FROM studies");
        }
        assertEquals(List.of("2", "2.1"), migrator(pool).migrate(withNotes, "2.1"));
        assertEquals(List.of(), migrator(pool).migrate(withNotes, "2.1"));
        assertEquals(List.of("1", "2", "2.1"), query(pool,
                "SELECT \"version\" FROM " + HISTORY + " WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\""));
        assertEquals(List.of("0"), query(pool, "SELECT COUNT(*) FROM study_notes"));
        assertEquals(List.of("3"), query(pool, "SELECT trial_count FROM studies"));
    }

    @Test
    void rejectsAScriptChangedAfterItWasApplied() {
        HikariDataSource pool = pool();
        migrator(pool).migrate(SchemaHistory.RESULTS);
        SchemaHistory edited = new SchemaHistory(SchemaHistory.RESULTS.table(), List.of("db/test-edited"),
                SchemaHistory.RESULTS.legacy());
        StoreException e = assertThrows(StoreException.class, () -> migrator(pool).migrate(edited));
        assertTrue(e.getMessage().contains("checksum mismatch for migration version 1"), e.getMessage());
    }

    @Test
    void concurrentMigratorsApplyEachVersionOnce() throws Exception {
        int n = 4;
        List<HikariDataSource> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sources.add(pool());
        }
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (HikariDataSource source : sources) {
                Callable<List<String>> run = () -> {
                    go.await();
                    return migrator(source).migrate(SchemaHistory.RESULTS);
                };
                results.add(threads.submit(run));
            }
            go.countDown();
            List<String> applied = new ArrayList<>();
            for (Future<List<String>> f : results) {
                applied.addAll(f.get(1, TimeUnit.MINUTES));
            }
            assertEquals(List.of("1", "2", "3", "4", "5"), applied, "exactly one migrator applied V1 to V5");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of("1", "2", "3", "4", "5"), query(sources.get(0),
                "SELECT \"version\" FROM " + HISTORY + " WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\""));
    }

    @Test
    void adoptsADatabaseTheEarlierRunnerMadeKeepingEveryRowAndAppliesTheLaterScripts() throws SQLException {
        HikariDataSource pool = pool();
        LegacyRunner.apply(pool, dialect, 3); // a release that knew V1 to V3
        execute(pool, "INSERT INTO studies (name, space_text, base_dir, direction, state, created_at, trial_count) "
                + "VALUES ('old', '{}', '/data', 'MAXIMIZE', 'RUNNING', 1, 2)");
        execute(pool, "INSERT INTO trials (study_id, number, state, config_json, seed, value, attempt, attributes_json, "
                + "created_at, finished_at) SELECT id, 0, 'COMPLETE', '{\"lr\":0.1}', 7, 0.9, 1, '{}', 2, 3 FROM studies");
        execute(pool, "INSERT INTO trials (study_id, number, state, config_json, seed, attempt, attributes_json, "
                + "created_at) SELECT id, 1, 'WAITING', '{\"lr\":0.2}', 8, 0, '{}', 4 FROM studies");
        execute(pool, "INSERT INTO intermediate_values (trial_id, step, value) SELECT id, 1, 0.5 FROM trials "
                + "WHERE number = 0");
        try (JdbcTrialStore store = fixture.open()) {
            long trial = store.trial(store.findStudy("old").orElseThrow().id(), 0).orElseThrow().id();
            store.putArtifact(trial, "model.zip", new byte[] {1, 2, 3});
        }
        assertEquals(List.of("0|lock anchor", "1|schema", "2|trial_counter", "3|leaderboard_indexes"),
                query(pool, "SELECT version, description FROM schema_version ORDER BY version"), "left as it was");
        assertEquals(List.of("3|BASELINE|adopted from schema_version", "4|SQL|study reason",
                "5|SQL|objective values"), query(pool,
                "SELECT \"version\", \"type\", \"description\" FROM " + HISTORY
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\""));
        assertEquals(List.of(), migrator(pool).migrate(SchemaHistory.RESULTS), "nothing left to apply");

        try (JdbcTrialStore store = fixture.open()) {
            StudyRecord old = store.findStudy("old").orElseThrow();
            List<TrialSnapshot> trials = store.trials(old.id());
            assertEquals(2, trials.size());
            assertEquals(0.9, trials.get(0).value().doubleValue());
            assertEquals(Map.of(1, 0.5), trials.get(0).intermediate());
            assertEquals(new Config(Map.of("lr", 0.2)), trials.get(1).config());
            assertArrayEquals(new byte[] {1, 2, 3}, store.artifact(trials.get(0).id(), "model.zip").orElseThrow());
            assertEquals(2, store.enqueue(old.id(), new Config(Map.of("lr", 0.3)), 9).number(), "numbering goes on");
            store.failStudy(old.id(), "stopped after the upgrade"); // the column V4 added
            assertEquals("stopped after the upgrade", store.findStudy("old").orElseThrow().reason());
            assertEquals(List.of(0.9), trials.get(0).objectiveValues(), "an old trial's one value (V5)");
            TrialSnapshot next = store.startTrial(old.id(), 10, new Config(Map.of("lr", 0.4)), 10, "w",
                    java.time.Duration.ofMinutes(1)).orElseThrow();
            store.finish(next.id(), "w", new Outcome.Complete(0.8, Map.of(), List.of(0.8, 1200.0)));
            assertEquals(List.of(0.8, 1200.0), store.trial(old.id(), next.number()).orElseThrow().values(),
                    "the column V5 added");
        }
    }

    private SchemaMigrator migrator(HikariDataSource pool) {
        return new SchemaMigrator(pool, dialect);
    }

    private HikariDataSource pool() {
        HikariDataSource pool = StoreFactory.pool(fixture.url(), null, null, dialect);
        pools.add(pool);
        return pool;
    }

    private static void execute(HikariDataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Rows of {@code sql}, each as its columns joined by {@code |}. */
    private static List<String> query(HikariDataSource pool, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
