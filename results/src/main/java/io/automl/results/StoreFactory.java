package io.automl.results;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Opens {@link JdbcTrialStore}s: creates the connection pool, brings the schema up to date, and hands the
 * pool to the store, which closes it on {@link JdbcTrialStore#close()}. Stateless; thread-safe.
 */
public final class StoreFactory {
    private static final int POOL_SIZE = 10;
    private static final long H2_LOCK_TIMEOUT_MS = 10_000;
    /** How long a caller waits for a pooled connection before the store reports the database unavailable. */
    private static final long CONNECTION_TIMEOUT_MS = 10_000;
    /** Connections are replaced after this, below the idle cut-off of usual firewalls and PgBouncer set-ups. */
    private static final long MAX_LIFETIME_MS = 30 * 60_000;
    /** Idle connections are probed this often, so a database restart is noticed before a trial needs one. */
    private static final long KEEPALIVE_MS = 2 * 60_000;

    private StoreFactory() {
    }

    /**
     * An embedded H2 store in the file {@code dataDir/automl.mv.db} (created when missing). The database stays
     * open until the store is closed; only one process may open the file at a time.
     */
    public static JdbcTrialStore h2(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        return jdbc(h2Url(dataDir), null, null);
    }

    /**
     * A store on the database at {@code url} ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}); {@code user}
     * and {@code password} may be null when the URL carries them. Throws {@link IllegalArgumentException} for
     * other databases and {@link StoreException} when the database cannot be reached or migrated.
     */
    public static JdbcTrialStore jdbc(String url, String user, String password) {
        return open(url, user, password, Clock.systemUTC());
    }

    /**
     * {@link #h2(Path)} for a value without a {@code jdbc:} prefix (a data directory), {@link #jdbc} with no
     * separate credentials otherwise.
     */
    public static JdbcTrialStore open(String jdbcUrlOrDataDir) {
        Objects.requireNonNull(jdbcUrlOrDataDir, "jdbcUrlOrDataDir");
        return jdbcUrlOrDataDir.startsWith("jdbc:")
                ? jdbc(jdbcUrlOrDataDir, null, null)
                : h2(Path.of(jdbcUrlOrDataDir));
    }

    /** The JDBC URL (with its user) of the embedded H2 database in {@code dataDir}. */
    static String h2Url(Path dataDir) {
        // WRITE_DELAY=0: a commit reaches the file before it returns, so a killed process never loses a finished
        // trial. The async: file system keeps that safe for interrupted threads: a cancelled worker thread that is
        // interrupted mid-write would close a plain FileChannel (ClosedByInterruptException) and with it the
        // database; H2's AsynchronousFileChannel wrapper finishes the write and restores the interrupt flag.
        return "jdbc:h2:async:" + dataDir.toAbsolutePath().resolve("automl") + ";USER=sa;DB_CLOSE_ON_EXIT=FALSE;"
                + "WRITE_DELAY=0;"
                + "LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MS;
    }

    static JdbcTrialStore open(String url, String user, String password, Clock clock) {
        Dialect dialect = Dialect.forUrl(url);
        HikariDataSource pool = pool(url, user, password, dialect);
        try {
            new SchemaMigrator(pool, dialect).migrate(SchemaHistory.RESULTS);
            return new JdbcTrialStore(pool, dialect, clock, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** A connection pool on {@code url}; throws {@link StoreException} when the database cannot be reached. */
    static HikariDataSource pool(String url, String user, String password, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("automl-store");
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setMaxLifetime(MAX_LIFETIME_MS);
        config.setKeepaliveTime(KEEPALIVE_MS);
        config.setValidationTimeout(3_000);
        if (dialect.connectionInitSql() != null) {
            config.setConnectionInitSql(dialect.connectionInitSql());
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }
}
