package io.automl.web.api;

import io.automl.space.SearchSpace;
import io.automl.space.parse.InvalidSpaceException;
import io.automl.space.parse.SpaceError;
import io.automl.space.parse.SpaceParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Parses search spaces submitted over HTTP with the server's parser, whose policy refuses the command evaluator
 * unless the server allows it and checks data set paths against the server's data folders before any file is
 * opened; relative data set paths resolve against the examples directory. Every problem is reported by an
 * {@link InvalidSpaceException} with its JSON pointer. Immutable and thread-safe.
 */
public final class SpaceIntake {
    private final SpaceParser parser;
    private final Path baseDir;

    public SpaceIntake(SpaceParser parser, Path baseDir) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
    }

    /** The directory relative data set paths resolve against. */
    public Path baseDir() {
        return baseDir;
    }

    /** Parses and checks {@code text}; throws {@link InvalidSpaceException} listing every problem. */
    public SearchSpace parse(String text) {
        SearchSpace space = parser.parse(text, baseDir);
        if (space.evaluator().isLibrary()) {
            throw new InvalidSpaceException(List.of(new SpaceError("/evaluator/type", "a library evaluator runs its"
                    + " objective in the Java program that creates the study (Study.optimize); a server cannot run it",
                    "library")));
        }
        return space;
    }
}
