package io.automl.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the service keeps its database and artifacts: the {@code --data} option, else the
 * {@code AUTOML_DATA} environment variable, else {@code ./automl-data}.
 */
public record DataDirectory(Path path) {
    public DataDirectory {
        Objects.requireNonNull(path, "path");
        path = path.toAbsolutePath().normalize();
    }

    /** Resolves the directory from an explicit option (may be null) and the environment. */
    public static DataDirectory resolve(Path option, Map<String, String> env) {
        if (option != null) {
            return new DataDirectory(option);
        }
        String fromEnv = env.get("AUTOML_DATA");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataDirectory(Path.of(fromEnv));
        }
        return new DataDirectory(Path.of("automl-data"));
    }
}
