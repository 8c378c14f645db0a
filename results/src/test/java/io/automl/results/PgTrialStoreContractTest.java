package io.automl.results;

import io.automl.engine.TrialStore;
import io.automl.engine.TrialStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared {@link TrialStore} contract on PostgreSQL, each test in a fresh schema. Runs on the
 * server {@link PgServer} finds, and fails (rather than skips) when that database cannot be reached.
 */
@ExtendWith(PgServer.class)
class PgTrialStoreContractTest extends TrialStoreContract {
    private final PgFixture fixture = new PgFixture();

    @Override
    protected TrialStore newStore() throws Exception {
        fixture.prepare();
        return fixture.open();
    }

    @AfterEach
    void dropSchema() throws Exception {
        fixture.drop();
    }
}
