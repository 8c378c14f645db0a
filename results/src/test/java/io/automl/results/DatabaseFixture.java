package io.automl.results;

/** A test database: {@link #prepare()} makes a fresh one, {@link #open()} opens a store on it (again and again), {@link #drop()} removes it. */
interface DatabaseFixture {
    void prepare() throws Exception;

    JdbcTrialStore open();

    /** The JDBC URL of the database, for direct checks. */
    String url();

    void drop() throws Exception;
}
