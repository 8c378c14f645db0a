package io.automl.results;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs units of work in transactions, retrying a few times (with a growing pause) when the database
 * reports a transient conflict such as a serialization failure or a deadlock. Any other failure rolls
 * back and propagates: SQL failures as {@link StoreException}, runtime exceptions unchanged.
 * Thread-safe: each call takes its own connection from the pool.
 */
final class Tx {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final int maxAttempts;

    Tx(DataSource dataSource, Dialect dialect, int maxAttempts) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /** Runs {@code work} in a transaction and returns its result. */
    <T> T run(String what, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                if (attempt >= maxAttempts || !dialect.isRetryable(e.getSQLState())) {
                    throw new StoreException(what + " failed (SQL state " + e.getSQLState() + ", attempt "
                            + attempt + "): " + e.getMessage(), e);
                }
                pause(what, attempt, e);
            }
        }
    }

    private <T> T once(SqlWork<T> work) throws SQLException {
        // The pool restores auto-commit when the connection is returned.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackInto(connection, e);
                throw e;
            }
        }
    }

    private static void rollbackInto(Connection connection, Throwable primary) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            primary.addSuppressed(rollbackFailure);
        }
    }

    private static void pause(String what, int attempt, SQLException cause) {
        try {
            Thread.sleep(5L << Math.min(attempt, 8));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            StoreException e = new StoreException(what + " interrupted while waiting to retry", interrupted);
            e.addSuppressed(cause);
            throw e;
        }
    }
}
