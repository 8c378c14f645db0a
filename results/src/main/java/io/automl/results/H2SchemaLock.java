package io.automl.results;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Serialises schema migrations on an H2 database: holds the row lock on the single row of
 * {@code schema_lock} until {@link #close()}. Needed because Flyway locks H2 with {@code SELECT ... FOR
 * UPDATE} on its history rows, which lock nothing while the history is empty, so two stores opening a new
 * file at once would both run the first script. A waiting caller blocks up to the connection's lock timeout.
 * Not thread-safe; one instance per migration run.
 */
final class H2SchemaLock implements SchemaLock {
    private static final String UNIQUE_VIOLATION = "23505";

    private final Connection connection;

    private H2SchemaLock(Connection connection) {
        this.connection = connection;
    }

    /** Creates the lock table and row when missing and takes the row lock. */
    static H2SchemaLock acquire(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("CREATE TABLE IF NOT EXISTS schema_lock (id INTEGER PRIMARY KEY)");
            try {
                s.execute("INSERT INTO schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM schema_lock)");
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e; // else another caller inserted the row at the same moment
                }
            }
            c.setAutoCommit(false);
            s.executeQuery("SELECT id FROM schema_lock WHERE id = 1 FOR UPDATE").close();
            return new H2SchemaLock(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Releases the lock (nothing was written on its connection) and returns the connection to the pool. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
