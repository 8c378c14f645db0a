package io.automl.results;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link TrialLifecycleTests} on PostgreSQL, each test in a fresh schema; on the server {@link PgServer} finds (skipped only off CI without one). */
@ExtendWith(PgServer.class)
class PgTrialLifecycleTest extends TrialLifecycleTests {
    @Override
    DatabaseFixture newFixture() {
        return new PgFixture();
    }
}
