package io.automl.engine.memory;

import io.automl.engine.TrialStore;
import io.automl.engine.TrialStoreContract;

/** The in-memory store passes the store contract. */
class InMemoryTrialStoreTest extends TrialStoreContract {

    @Override
    protected TrialStore newStore() {
        return new InMemoryTrialStore();
    }
}
