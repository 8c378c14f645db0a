package io.automl.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Serialises schema migrations on a PostgreSQL schema with a session advisory lock keyed by the schema's name,
 * held on its own connection until {@link #close()}. Flyway's own lock covers its migrations but not the creation
 * and baselining of a new history table: two stores opening an empty schema at once could both try to baseline it
 * ("Unable to baseline schema history table ... as it already exists, and is empty"). A waiting caller blocks
 * until the holder is done. Not thread-safe; one instance per migration run.
 */
final class PgSchemaLock implements SchemaLock {
    private static final String KEY = "hashtext('automl-schema:' || current_schema())";

    private final Connection connection;

    private PgSchemaLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the schema's advisory lock, waiting for a holder to release it. */
    static PgSchemaLock acquire(javax.sql.DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_lock(" + KEY + ")")) {
            c.setAutoCommit(true);
            s.executeQuery().close();
            return new PgSchemaLock(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Releases the lock and returns the connection to the pool. */
    @Override
    public void close() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(" + KEY + ")")) {
            s.executeQuery().close();
        } finally {
            connection.close();
        }
    }
}
