package io.automl.cluster;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database owned by a fresh login role with a password, on the server named by
 * {@code AUTOML_TEST_PG_URL} (an administrator URL such as
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); both are dropped by {@link #close()}. Without
 * the variable the test fails when {@code CI=true} and is skipped otherwise. Not thread-safe.
 */
final class PgDatabase implements AutoCloseable {
    static final String ENV = "AUTOML_TEST_PG_URL";
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]*)(\\?.*)?");

    private final String adminUrl;
    private final String name;
    private final String url;
    private final String user;
    private final String password;

    private PgDatabase(String adminUrl, String hostPort, String suffix, String password) throws SQLException {
        this.adminUrl = adminUrl;
        this.name = "automl_t_" + suffix;
        this.user = "automl_u_" + suffix;
        this.password = password;
        this.url = "jdbc:postgresql://" + hostPort + "/" + name;
        execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'");
        execute("CREATE DATABASE " + name + " OWNER " + user);
    }

    /** Creates the database and role (or skips / fails the test when no server is configured). */
    static PgDatabase create() throws SQLException {
        String admin = System.getenv(ENV);
        if (admin == null || admin.isBlank()) {
            String message = "no PostgreSQL for the cluster tests: set " + ENV;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        Matcher m = URL.matcher(admin);
        if (!m.matches()) {
            throw new IllegalStateException(ENV + " must look like jdbc:postgresql://host:port/db?user=...: " + admin);
        }
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String suffix = HexFormat.of().formatHex(bytes, 0, 5);
        random.nextBytes(bytes);
        return new PgDatabase(admin, m.group(1), suffix, "pw" + HexFormat.of().formatHex(bytes));
    }

    /** The JDBC URL without credentials. */
    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Runs {@code sql} in this database as its owner. */
    void executeHere(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute("DROP ROLE IF EXISTS " + user);
    }
}
