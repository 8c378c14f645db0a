package io.automl.cli;

import io.automl.app.DataDirectory;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that opens the store. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (database and artifacts). Default: $AUTOML_DATA or ./automl-data.")
    Path data;

    DataDirectory resolve(Map<String, String> env) {
        return DataDirectory.resolve(data, env);
    }
}
