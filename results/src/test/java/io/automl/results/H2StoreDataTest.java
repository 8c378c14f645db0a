package io.automl.results;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoreDataTests} on a real H2 file in a temporary directory. */
class H2StoreDataTest extends StoreDataTests {
    @TempDir
    Path dir;

    @Override
    DatabaseFixture newFixture() {
        return new H2Fixture(dir);
    }
}
