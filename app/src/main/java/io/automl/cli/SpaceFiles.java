package io.automl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads search-space files with a clear error for a missing or unreadable file. */
final class SpaceFiles {
    private SpaceFiles() {
    }

    static String text(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("no such search-space file: " + file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The directory relative data paths in {@code file} resolve against. */
    static Path baseDir(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
