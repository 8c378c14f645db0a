package io.automl.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One versioned schema applied by Flyway: the table that records its applied versions, the classpath folders
 * of its {@code V<n>__<name>.sql} scripts ({@code {vendor}} in a folder stands for the database, {@code h2} or
 * {@code postgresql}), and optionally how to recognise a database that the hand-written runner of an earlier
 * release set up. Scripts may use the placeholder {@code ${blob}}, the database's binary column type. Immutable.
 *
 * @param table the history table, unique per schema in a database
 * @param locations classpath folders, for example {@code db/migration}
 * @param legacy the earlier release's marker, if databases it made must be adopted
 */
public record SchemaHistory(String table, List<String> locations, Optional<Legacy> legacy) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The results schema: studies, trials, intermediate values, artifacts ({@code db/migration}). */
    static final SchemaHistory RESULTS = new SchemaHistory("flyway_schema_history", List.of("db/migration"),
            Optional.of(new Legacy("schema_version", "SELECT MAX(version) FROM schema_version")));

    public SchemaHistory {
        Objects.requireNonNull(table, "table");
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("table must be an SQL name, got '" + table + "'");
        }
        locations = List.copyOf(locations);
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("locations must name at least one folder");
        }
        Objects.requireNonNull(legacy, "legacy");
    }

    /**
     * How an earlier release's schema is recognised: a database that has {@code table} but no Flyway history
     * is baselined at the version {@code versionQuery} returns (a single integer), so Flyway applies only
     * the later scripts and keeps every row.
     *
     * @param table a table only the earlier release's runner created (matched in either letter case)
     * @param versionQuery SQL returning the highest version that runner applied
     */
    public record Legacy(String table, String versionQuery) {
        public Legacy {
            Objects.requireNonNull(table, "table");
            if (!NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("table must be an SQL name, got '" + table + "'");
            }
            Objects.requireNonNull(versionQuery, "versionQuery");
            if (versionQuery.isBlank()) {
                throw new IllegalArgumentException("versionQuery must not be blank");
            }
        }
    }
}
