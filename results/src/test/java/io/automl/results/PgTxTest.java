package io.automl.results;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link TxTests} on PostgreSQL in a fresh schema; runs when {@value PgSchemas#ENV} is set. */
@EnabledIfEnvironmentVariable(named = PgSchemas.ENV, matches = ".+")
class PgTxTest extends TxTests {
    @Override
    DatabaseFixture newFixture() {
        return new PgFixture();
    }
}
