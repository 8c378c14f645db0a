package io.automl.results;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link StoreDataTests} on PostgreSQL, each test in a fresh schema; runs when {@value PgSchemas#ENV} is set. */
@EnabledIfEnvironmentVariable(named = PgSchemas.ENV, matches = ".+")
class PgStoreDataTest extends StoreDataTests {
    @Override
    DatabaseFixture newFixture() {
        return new PgFixture();
    }
}
