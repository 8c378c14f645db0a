package io.automl.results;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a {@link SchemaHistory} up to date with Flyway: applies the pending scripts in version order, each
 * recorded with its checksum in the history's table; a recorded script whose checksum changed fails the run.
 *
 * <p>Adoption of earlier releases: a database that has the history's {@link SchemaHistory.Legacy} table but
 * no Flyway history is baselined (Flyway's {@code baselineOnMigrate}) at the version the legacy table
 * reports, so only later scripts run and no row is touched; the legacy table is left as it was. Any other
 * schema that already holds tables but no history of this name (a second history in the same schema, or
 * unrelated tables) is baselined at version 0, so every script still runs.
 *
 * <p>Flyway quotes the history's table and column names, all lower case: on H2 read it as
 * {@code SELECT "version" FROM "flyway_schema_history"}.
 *
 * <p>Concurrent start-ups: Flyway's own locks do not cover the creation and baselining of a new history (on H2
 * it locks history rows, which do not exist yet; on PostgreSQL two runs could both baseline a new, empty history),
 * so each run holds a {@link SchemaLock} (an advisory lock on PostgreSQL, a row lock on H2). Idempotent. Stateless; thread-safe: every call takes its own connections.
 */
public final class SchemaMigrator {
    private static final String BASELINE = "<< Flyway Baseline >>";

    private final DataSource dataSource;
    private final Dialect dialect;

    SchemaMigrator(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** A migrator on {@code dataSource}, an H2 or PostgreSQL database; throws {@link StoreException} if unreachable. */
    public static SchemaMigrator on(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            return new SchemaMigrator(dataSource, Dialect.forUrl(c.getMetaData().getURL()));
        } catch (SQLException e) {
            throw new StoreException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** Whether the database is PostgreSQL (else H2). */
    public boolean isPostgres() {
        return dialect.name().equals(Dialect.postgres().name());
    }

    /**
     * Applies the pending scripts of {@code history}; returns the versions this call applied, in order.
     * Throws {@link StoreException} when a script fails or an applied one was changed.
     */
    public List<String> migrate(SchemaHistory history) {
        return migrate(history, null);
    }

    /** {@link #migrate(SchemaHistory)} up to and including version {@code target} (null: all). */
    List<String> migrate(SchemaHistory history, String target) {
        Objects.requireNonNull(history, "history");
        try {
            try (SchemaLock lock = SchemaLock.acquire(dataSource, isPostgres())) {
                return run(history, target);
            }
        } catch (SQLException e) {
            throw new StoreException("schema migration of " + history.table() + " failed (SQL state "
                    + e.getSQLState() + "): " + e.getMessage(), e);
        } catch (FlywayException e) {
            throw new StoreException("schema migration of " + history.table() + " failed: " + e.getMessage(), e);
        }
    }

    private List<String> run(SchemaHistory history, String target) throws SQLException {
        String legacyVersion = legacyVersion(history);
        FluentConfiguration config = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .table(history.table())
                .locations(history.locations().stream()
                        .map(folder -> "classpath:" + folder.replace("{vendor}", dialect.name()))
                        .toArray(String[]::new))
                .loggers("slf4j")
                .placeholders(Map.of("blob", dialect.blobType()))
                .baselineOnMigrate(true)
                .baselineVersion(legacyVersion == null ? "0" : legacyVersion)
                .baselineDescription(legacyVersion == null ? BASELINE
                        : "adopted from " + history.legacy().orElseThrow().table());
        if (target != null) {
            config.target(target);
        }
        return config.load().migrate().migrations.stream().map(m -> m.version).toList();
    }

    /** The version the earlier release's runner recorded, or null when this is not such a database. */
    private String legacyVersion(SchemaHistory history) throws SQLException {
        if (history.legacy().isEmpty()) {
            return null;
        }
        SchemaHistory.Legacy legacy = history.legacy().get();
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, legacy.table()) || tableExists(c, history.table())) {
                return null;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(legacy.versionQuery())) {
                return rs.next() ? Integer.toString(rs.getInt(1)) : "0";
            }
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String candidate : List.of(name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
