package io.automl.results;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Serialises schema migrations of one database schema across processes, held from {@link #acquire} until
 * {@link #close()}: two servers or commands starting together on a new database must not both create or
 * baseline a history. Not thread-safe; one instance per migration run.
 */
interface SchemaLock extends AutoCloseable {
    /** The lock of the database behind {@code dataSource}: PostgreSQL's advisory lock, or H2's row lock. */
    static SchemaLock acquire(DataSource dataSource, boolean postgres) throws SQLException {
        return postgres ? PgSchemaLock.acquire(dataSource) : H2SchemaLock.acquire(dataSource);
    }

    @Override
    void close() throws SQLException;
}
