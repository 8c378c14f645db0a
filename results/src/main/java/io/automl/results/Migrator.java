package io.automl.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Brings a database schema up to date by applying the pending {@link Migration}s in version order.
 * Applied versions are recorded in {@code schema_version (version, description, applied_at, checksum)}.
 *
 * <p>Safe when several processes start at once: one connection holds a row lock on the table's anchor
 * row (version 0) for the whole run, so a second migrator waits and then finds nothing left to do.
 * Each migration runs on a second connection in its own transaction, together with the insert of its
 * version row (PostgreSQL applies DDL transactionally; H2 commits each DDL statement). A recorded
 * migration whose checksum differs from the script's fails the run. Idempotent. Not thread-confined:
 * every call takes its own connections.
 */
final class Migrator {
    /** The migrations this build knows, in version order. */
    static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__trial_counter.sql", "V3__leaderboard_indexes.sql",
            "V4__study_reason.sql");
    static final String FOLDER = "db/migration";

    private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS schema_version ("
            + "version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at BIGINT NOT NULL, "
            + "checksum VARCHAR(64) NOT NULL)";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DUPLICATE_TABLE = "42P07";
    /** PostgreSQL's "type already exists": the row type of a table created concurrently. */
    private static final String DUPLICATE_OBJECT = "42710";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Clock clock;
    private final List<Migration> migrations;

    Migrator(DataSource dataSource, Dialect dialect, Clock clock, List<Migration> migrations) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.migrations = List.copyOf(migrations);
    }

    /** A migrator for the scripts of this build. */
    static Migrator standard(DataSource dataSource, Dialect dialect, Clock clock) {
        return new Migrator(dataSource, dialect, clock,
                SCRIPTS.stream().map(name -> Migration.load(FOLDER, name)).toList());
    }

    /** Applies the pending migrations; returns the versions applied by this call. */
    List<Integer> migrate() {
        try {
            createVersionTable();
            try (Connection lock = dataSource.getConnection()) {
                lock.setAutoCommit(false);
                try {
                    holdLock(lock);
                    Map<Integer, String> applied = appliedChecksums(lock);
                    List<Integer> done = new java.util.ArrayList<>();
                    for (Migration m : migrations) {
                        String recorded = applied.get(m.version());
                        if (recorded == null) {
                            apply(m);
                            done.add(m.version());
                        } else if (!recorded.equals(m.checksum())) {
                            throw new StoreException("migration V" + m.version() + " (" + m.description()
                                    + ") was changed after it was applied: recorded checksum " + recorded
                                    + ", script checksum " + m.checksum());
                        }
                    }
                    return List.copyOf(done);
                } finally {
                    lock.rollback(); // releases the lock; nothing was written on this connection
                }
            }
        } catch (SQLException e) {
            throw new StoreException("schema migration failed (SQL state " + e.getSQLState() + "): "
                    + e.getMessage(), e);
        }
    }

    /** Creates the version table and its anchor row; tolerates another process doing the same at once. */
    private void createVersionTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (int attempt = 1; ; attempt++) {
                try {
                    s.execute(CREATE_TABLE);
                    break;
                } catch (SQLException e) {
                    // PostgreSQL may report a concurrent CREATE TABLE IF NOT EXISTS as a duplicate.
                    boolean race = UNIQUE_VIOLATION.equals(e.getSQLState()) || DUPLICATE_TABLE.equals(e.getSQLState())
                            || DUPLICATE_OBJECT.equals(e.getSQLState());
                    if (!race || attempt >= 3) {
                        throw e;
                    }
                }
            }
            if (!anchorExists(c)) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at, checksum) VALUES (0, ?, ?, ?)")) {
                    insert.setString(1, "lock anchor");
                    insert.setLong(2, clock.millis());
                    insert.setString(3, "-");
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || !anchorExists(c)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static boolean anchorExists(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version WHERE version = 0")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static void holdLock(Connection lock) throws SQLException {
        try (Statement s = lock.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM schema_version WHERE version = 0 FOR UPDATE")) {
            if (!rs.next()) {
                throw new SQLException("schema_version has no anchor row");
            }
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection c) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version WHERE version > 0")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        return applied;
    }

    private void apply(Migration m) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements(dialect)) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at, checksum) VALUES (?, ?, ?, ?)")) {
                    insert.setInt(1, m.version());
                    insert.setString(2, m.description());
                    insert.setLong(3, clock.millis());
                    insert.setString(4, m.checksum());
                    insert.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        }
    }
}
