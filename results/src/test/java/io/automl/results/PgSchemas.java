package io.automl.results;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh PostgreSQL schemas for tests, on the database named by the environment variable
 * {@value #ENV} (for example {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}). Creating a
 * schema fails loudly when the variable is set but the database cannot be reached.
 */
final class PgSchemas {
    static final String ENV = "AUTOML_TEST_PG_URL";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String baseUrl;

    PgSchemas(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Helper for the URL in {@value #ENV}; throws when it is not set. */
    static PgSchemas fromEnvironment() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(ENV + " is not set");
        }
        return new PgSchemas(url);
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
