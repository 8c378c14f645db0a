package io.automl.results;

import io.automl.engine.TrialStore;
import io.automl.engine.TrialStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The shared {@link TrialStore} contract on PostgreSQL, each test in a fresh schema. Runs when
 * {@value PgSchemas#ENV} is set, and then fails (rather than skips) when the database cannot be reached.
 */
@EnabledIfEnvironmentVariable(named = PgSchemas.ENV, matches = ".+")
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
