package io.automl.cli;

import io.automl.space.parse.SpaceError;

/** Formats search-space errors one per line, pointer first. */
final class SpaceErrors {
    private SpaceErrors() {
    }

    static String line(SpaceError e) {
        String pointer = e.pointer().isEmpty() ? "/" : e.pointer();
        return e.value() == null ? pointer + ": " + e.message() : pointer + ": " + e.message() + " (got " + e.value() + ")";
    }
}
