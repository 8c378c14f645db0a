package io.automl.space.csv;

import java.util.List;

/**
 * One record of a CSV file: the 1-based number of the line it starts on and its trimmed fields. Immutable.
 */
public record CsvRow(long line, List<String> fields) {
    public CsvRow {
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
        fields = List.copyOf(fields);
    }
}
