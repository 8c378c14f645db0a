package io.automl.results;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work run inside one transaction on {@code connection}; it may run more than once when retried. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
