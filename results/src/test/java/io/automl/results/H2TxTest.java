package io.automl.results;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link TxTests} on a real H2 file. */
class H2TxTest extends TxTests {
    @TempDir
    Path dir;

    @Override
    DatabaseFixture newFixture() {
        return new H2Fixture(dir);
    }
}
