package io.automl.results;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh PostgreSQL schemas for tests, on the server {@link PgServer} finds (the environment variable
 * {@value #ENV}, for example {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}, else a
 * Testcontainers PostgreSQL). Creating a schema fails loudly when the database cannot be reached.
 */
final class PgSchemas {
    static final String ENV = PgServer.ENV;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String baseUrl;

    PgSchemas(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Schemas on the server {@link PgServer#baseUrl()} finds (it skips or fails the test when there is none). */
    static PgSchemas fromEnvironment() {
        return new PgSchemas(PgServer.baseUrl());
    }

    /** Creates an empty schema and returns its name. */
    String create() throws SQLException {
        String schema = "automl_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + System.nanoTime() % 1_000_000;
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** A JDBC URL whose connections work in {@code schema}. */
    String url(String schema) {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    void drop(String schema) throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
