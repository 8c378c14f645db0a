package io.automl.results;

import java.nio.file.Path;

/** An H2 file database in a directory the test owns (JUnit deletes it). */
final class H2Fixture implements DatabaseFixture {
    private final Path dir;

    H2Fixture(Path dir) {
        this.dir = dir;
    }

    @Override
    public void prepare() {
        // A fresh temporary directory holds no database yet.
    }

    @Override
    public JdbcTrialStore open() {
        return StoreFactory.h2(dir);
    }

    @Override
    public String url() {
        return StoreFactory.h2Url(dir);
    }

    @Override
    public void drop() {
        // The temporary directory goes with the test.
    }
}
