/**
 * The results store: {@link io.automl.engine.TrialStore} on JDBC, embedded H2 by default and PostgreSQL for
 * many machines, with versioned schema migrations applied by Flyway ({@code db/migration/V<n>__<name>.sql},
 * recorded in {@code flyway_schema_history}; a database whose schema the earlier hand-written runner recorded in
 * {@code schema_version} is adopted at that version).
 *
 * <p>Public API: {@link io.automl.results.StoreFactory} opens a {@link io.automl.results.JdbcTrialStore};
 * {@link io.automl.results.StoreException} reports lasting database failures; {@link io.automl.results.SchemaMigrator}
 * applies a {@link io.automl.results.SchemaHistory} of another module (the scheduler's tables) on the store's
 * database. Everything else (SQL, dialects,
 * JSON encoding, transactions and migrations) is package-private. JDBC, HikariCP and Jackson types stay inside.
 */
package io.automl.results;
