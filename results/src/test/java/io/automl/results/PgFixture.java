package io.automl.results;

/**
 * A fresh PostgreSQL schema on the database named by {@value PgSchemas#ENV}; {@link #prepare()} fails
 * (it does not skip) when the variable is set but the database cannot be reached.
 */
final class PgFixture implements DatabaseFixture {
    private PgSchemas schemas;
    private String schema;

    @Override
    public void prepare() throws Exception {
        schemas = PgSchemas.fromEnvironment();
        schema = schemas.create();
    }

    @Override
    public JdbcTrialStore open() {
        return StoreFactory.jdbc(url(), null, null);
    }

    @Override
    public String url() {
        return schemas.url(schema);
    }

    @Override
    public void drop() throws Exception {
        if (schema != null) {
            schemas.drop(schema);
        }
    }
}
