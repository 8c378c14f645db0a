package io.automl.results;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link TxTests} on PostgreSQL in a fresh schema; on the server {@link PgServer} finds (skipped only off CI without one). */
@ExtendWith(PgServer.class)
class PgTxTest extends TxTests {
    @Override
    DatabaseFixture newFixture() {
        return new PgFixture();
    }
}
