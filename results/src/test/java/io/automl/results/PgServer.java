package io.automl.results;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Finds the PostgreSQL server for the store tests, in this order: the JDBC URL in {@value #ENV} (with
 * credentials as URL parameters, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); else a
 * Testcontainers PostgreSQL when a Docker engine answers (started once per test JVM, stopped by
 * Testcontainers when the JVM exits); else, when {@code CI=true}, a loud failure, because the contract must
 * not silently skip in CI; else (a developer machine without either) the test classes that use it as an
 * extension ({@code @ExtendWith(PgServer.class)}) are skipped with a message saying how to run them.
 * Thread-safe.
 */
final class PgServer implements ExecutionCondition {
    static final String ENV = "AUTOML_TEST_PG_URL";
    static final String MISSING = "no PostgreSQL for the store contract: set " + ENV
            + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) or start a Docker engine";

    /** Enables the test class when {@link #baseUrl()} will find a server or must fail loudly (CI). */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank() || "true".equalsIgnoreCase(System.getenv("CI")) || dockerAvailable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL available (or required on CI)");
        }
        return ConditionEvaluationResult.disabled(MISSING);
    }

    /** The base JDBC URL of a reachable server (see the class comment for where it comes from). */
    static String baseUrl() {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            return url;
        }
        if (dockerAvailable()) {
            return Container.URL;
        }
        throw new IllegalStateException(MISSING);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException noDocker) {
            return false;
        }
    }

    /** The Testcontainers server, started on first use (class initialisation is the lazy, thread-safe start). */
    private static final class Container {
        @SuppressWarnings("resource") // stopped by Testcontainers' resource reaper when the JVM exits
        private static final PostgreSQLContainer<?> PG = start();
        static final String URL = PG.getJdbcUrl() + (PG.getJdbcUrl().contains("?") ? "&" : "?") + "user="
                + PG.getUsername() + "&password=" + PG.getPassword();

        private static PostgreSQLContainer<?> start() {
            PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:15-alpine");
            pg.start();
            return pg;
        }
    }
}
