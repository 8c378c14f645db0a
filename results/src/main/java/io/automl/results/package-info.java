/**
 * The results store: {@link io.automl.engine.TrialStore} on JDBC, embedded H2 by default and PostgreSQL for
 * many machines, with versioned schema migrations ({@code db/migration/V<n>__<name>.sql}, recorded in
 * {@code schema_version}).
 *
 * <p>Public API: {@link io.automl.results.StoreFactory} opens a {@link io.automl.results.JdbcTrialStore};
 * {@link io.automl.results.StoreException} reports lasting database failures. Everything else (SQL, dialects,
 * JSON encoding, transactions and migrations) is package-private. JDBC, HikariCP and Jackson types stay inside.
 */
package io.automl.results;
