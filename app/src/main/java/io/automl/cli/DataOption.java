package io.automl.cli;

import io.automl.app.DataDirectory;
import io.automl.app.Services;
import io.automl.app.StoreLocation;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --data DIR} and {@code --store URL} options shared by every command that opens the store. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (embedded database, token). Default: $AUTOML_DATA or ./automl-data.")
    Path data;

    @Option(names = "--store", paramLabel = "JDBC_URL",
            description = "A shared database instead of the embedded one, e.g. jdbc:postgresql://db:5432/automl"
                    + " (default: $AUTOML_STORE). Credentials: $AUTOML_DB_USER, $AUTOML_DB_PASSWORD or"
                    + " $AUTOML_DB_PASSWORD_FILE.")
    String store;

    DataDirectory resolve(Map<String, String> env) {
        return DataDirectory.resolve(data, env);
    }

    StoreLocation location(Map<String, String> env) {
        try {
            return StoreLocation.resolve(store, env);
        } catch (IllegalArgumentException e) {
            throw new UserException("--store: " + e.getMessage());
        }
    }

    /** Opens the services on the chosen data directory and store, for the operator's own command line. */
    Services open(Map<String, String> env) {
        return Services.open(resolve(env), location(env));
    }

    /** Opens the services on the chosen data directory and store under {@code policy}. */
    Services open(Map<String, String> env, io.automl.space.policy.Policy policy) {
        return Services.open(resolve(env), location(env), policy);
    }
}
