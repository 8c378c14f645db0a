package io.automl.eval.arbiter;

import java.util.List;
import java.util.Objects;

/**
 * The result of an import: the search space as JSON text (format version 1) and the notes on Arbiter settings that
 * have no counterpart but do not change what is searched (such as a layer's {@code nIn}, which the data decide).
 * Immutable.
 */
public record ImportedSpace(String json, List<String> notes) {
    public ImportedSpace {
        Objects.requireNonNull(json, "json");
        notes = List.copyOf(notes);
    }
}
