package io.automl.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Schema migrations: recorded once with their checksum, idempotent, safe when started concurrently. */
abstract class MigratorTests {
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
        Migration v1 = Migration.load(Migrator.FOLDER, "V1__schema.sql");
        assertEquals(List.of(1, 2, 3, 4), Migrator.standard(pool, dialect, Clock.systemUTC()).migrate());
        assertEquals(List.of(), Migrator.standard(pool, dialect, Clock.systemUTC()).migrate(), "second run");
        fixture.open().close(); // a store opened on a migrated database migrates nothing and works
        List<String> rows = query(pool, "SELECT version, description, checksum, applied_at FROM schema_version "
                + "WHERE version > 0 ORDER BY version");
        assertEquals(4, rows.size());
        String[] row = rows.get(0).split("\\|");
        assertEquals("1", row[0]);
        assertEquals("schema", row[1]);
        assertEquals(v1.checksum(), row[2]);
        assertEquals(64, row[2].length());
        assertTrue(Long.parseLong(row[3]) > 1_600_000_000_000L, "applied_at is epoch milliseconds");
        assertEquals(List.of("0"), query(pool, "SELECT COUNT(*) FROM trials"));
    }

    @Test
    void appliesOnlyThePendingLaterVersions() throws SQLException {
        HikariDataSource pool = pool();
        Migration v1 = Migration.load(Migrator.FOLDER, "V1__schema.sql");
        Migration v2 = Migration.load(Migrator.FOLDER, "V2__trial_counter.sql");
        Migration v3 = Migration.load("db/test-migration", "V3__notes.sql");
        assertEquals(List.of(1), new Migrator(pool, dialect, Clock.systemUTC(), List.of(v1)).migrate());
        // A study with trials created under V1 gets its trial count when V2 adds the column.
        execute(pool, "INSERT INTO studies (name, space_text, base_dir, direction, state, created_at) "
                + "VALUES ('old', '{}', '/', 'MAXIMIZE', 'RUNNING', 1)");
        for (int number = 0; number < 3; number++) {
            execute(pool, "INSERT INTO trials (study_id, number, state, config_json, seed, attempt, attributes_json, "
                    + "created_at) SELECT id, " + number + ", 'WAITING', '{}', 0, 0, '{}', 1 FROM studies");
        }
        assertEquals(List.of(2, 3), new Migrator(pool, dialect, Clock.systemUTC(), List.of(v1, v2, v3)).migrate());
        assertEquals(List.of(), new Migrator(pool, dialect, Clock.systemUTC(), List.of(v1, v2, v3)).migrate());
        assertEquals(List.of("1", "2", "3"),
                query(pool, "SELECT version FROM schema_version WHERE version > 0 ORDER BY version"));
        assertEquals(List.of("0"), query(pool, "SELECT COUNT(*) FROM study_notes"));
        assertEquals(List.of("3"), query(pool, "SELECT trial_count FROM studies"));
    }

    @Test
    void rejectsAScriptChangedAfterItWasApplied() {
        HikariDataSource pool = pool();
        Migrator.standard(pool, dialect, Clock.systemUTC()).migrate();
        Migration edited = new Migration(1, "schema", "CREATE TABLE other (id INTEGER);", "0".repeat(64));
        StoreException e = assertThrows(StoreException.class,
                () -> new Migrator(pool, dialect, Clock.systemUTC(), List.of(edited)).migrate());
        assertTrue(e.getMessage().contains("V1"), e.getMessage());
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
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (HikariDataSource source : sources) {
                Callable<List<Integer>> run = () -> {
                    go.await();
                    return Migrator.standard(source, dialect, Clock.systemUTC()).migrate();
                };
                results.add(threads.submit(run));
            }
            go.countDown();
            List<Integer> applied = new ArrayList<>();
            for (Future<List<Integer>> f : results) {
                applied.addAll(f.get(1, TimeUnit.MINUTES));
            }
            assertEquals(List.of(1, 2, 3, 4), applied, "exactly one migrator applied V1 to V4");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of("0", "1", "2", "3", "4"),
                query(sources.get(0), "SELECT version FROM schema_version ORDER BY version"));
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
