package io.automl.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Sets up a database as the release before Flyway did: the results scripts V1 to V{@code upTo} with
 * {@code ${blob}} replaced, run statement by statement (split at semicolons ending a line, comment lines
 * dropped), each recorded in {@code schema_version (version, description, applied_at, checksum)} with the
 * SHA-256 of its text, version 0 being the runner's lock anchor. Stateless.
 */
final class LegacyRunner {
    private static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__trial_counter.sql",
            "V3__leaderboard_indexes.sql", "V4__study_reason.sql");

    private LegacyRunner() {
    }

    static void apply(DataSource dataSource, Dialect dialect, int upTo) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR "
                    + "NOT NULL, applied_at BIGINT NOT NULL, checksum VARCHAR(64) NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES (0, 'lock anchor', 1733000000000, '-')");
            for (int version = 1; version <= upTo; version++) {
                String name = SCRIPTS.get(version - 1);
                String text = read("db/migration/" + name);
                for (String sql : statements(text.replace("${blob}", dialect.blobType()))) {
                    s.execute(sql);
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?, ?)")) {
                    insert.setInt(1, version);
                    insert.setString(2, name.substring(name.indexOf("__") + 2, name.length() - 4));
                    insert.setLong(3, 1733000000000L + version);
                    insert.setString(4, ArtifactSql.sha256(text.getBytes(StandardCharsets.UTF_8)));
                    insert.executeUpdate();
                }
            }
        }
    }

    private static List<String> statements(String script) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = LegacyRunner.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
