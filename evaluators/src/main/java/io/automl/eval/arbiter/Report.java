package io.automl.eval.arbiter;

import java.util.ArrayList;
import java.util.List;

/** The problems and notes of one import, collected as they are found. Not thread-safe. */
final class Report {
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void problem(String where, String message) {
        problems.add(where + ": " + message);
    }

    void note(String where, String message) {
        notes.add(where + ": " + message);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
