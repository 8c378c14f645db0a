package io.automl.results;

import io.automl.engine.TrialStore;
import io.automl.engine.TrialStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The shared {@link TrialStore} contract on a real H2 file, a new one per test. */
class H2TrialStoreContractTest extends TrialStoreContract {
    @TempDir
    Path dir;

    @Override
    protected TrialStore newStore() {
        return StoreFactory.h2(dir);
    }
}
