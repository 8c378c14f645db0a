package io.automl.results;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link MigratorTests} on PostgreSQL in a fresh schema; on the server {@link PgServer} finds (skipped only off CI without one). */
@ExtendWith(PgServer.class)
class PgMigratorTest extends MigratorTests {
    @Override
    DatabaseFixture newFixture() {
        return new PgFixture();
    }
}
