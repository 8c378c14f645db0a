package io.automl.results;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link TrialLifecycleTests} on PostgreSQL, each test in a fresh schema; runs when {@value PgSchemas#ENV} is set. */
@EnabledIfEnvironmentVariable(named = PgSchemas.ENV, matches = ".+")
class PgTrialLifecycleTest extends TrialLifecycleTests {
    @Override
    DatabaseFixture newFixture() {
        return new PgFixture();
    }
}
