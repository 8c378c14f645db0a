package io.automl.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Hands Quartz connections from the results store's pool, so the scheduler and the store share one
 * database (and, for embedded H2, one process's open file). Shutting it down leaves the pool open: the
 * store owns it. Thread-safe.
 */
final class SharedConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    SharedConnectionProvider(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // the pool belongs to the store and is closed with it
    }

    @Override
    public void initialize() {
        // nothing to prepare: the pool is already open
    }
}
