package io.automl.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Creates the scheduler's tables when missing: Quartz's own {@code QRTZ_} tables from the DDL shipped in the
 * Quartz jar (H2 or PostgreSQL flavour; its DROP statements are skipped) and this package's schedule tables.
 * Idempotent; each script runs in one transaction. Stateless; thread-safe.
 */
final class SchemaInstaller {
    private static final String QUARTZ_DDL = "/org/quartz/impl/jdbcjobstore/";
    private static final String OWN_DDL = "/io/automl/schedule/schedules.sql";

    private final DataSource dataSource;

    SchemaInstaller(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Whether the database is PostgreSQL (else H2). */
    boolean isPostgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    /** Creates whatever is missing. */
    void install() throws SQLException {
        boolean postgres = isPostgres();
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, "qrtz_locks")) {
                run(c, read(QUARTZ_DDL + (postgres ? "tables_postgres.sql" : "tables_h2.sql")));
            }
            run(c, read(OWN_DDL));
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String candidate : List.of(name, name.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(null, null, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void run(Connection c, String script) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements(script)) {
                st.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The script's statements without comments, DROPs and COMMITs. */
    static List<String> statements(String script) {
        StringBuilder text = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("--") && !trimmed.startsWith("#")) {
                text.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : text.toString().split(";")) {
            String sql = part.strip();
            String upper = sql.toUpperCase(Locale.ROOT);
            if (!sql.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
                out.add(sql);
            }
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = SchemaInstaller.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
