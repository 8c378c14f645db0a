package io.automl.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the bundled example search spaces from the module's working directory. */
final class Examples {
    private Examples() {
    }

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("search-spaces/examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("search-spaces/examples not found above " + Path.of("").toAbsolutePath());
    }

    static Path file(String name) {
        return dir().resolve(name);
    }
}
