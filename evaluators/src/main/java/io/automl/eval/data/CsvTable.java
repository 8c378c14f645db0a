package io.automl.eval.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CSV file as read: the header's column names and the data rows as strings, each row as wide as
 * the header. Row numbers in messages are 1-based file line numbers (the header is line 1). Immutable.
 */
public record CsvTable(String source, List<String> columns, List<List<String>> rows) {
    public CsvTable {
        Objects.requireNonNull(source, "source");
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            copy.add(List.copyOf(r));
        }
        rows = List.copyOf(copy);
    }

    /** The index of {@code column}, or -1. */
    public int indexOf(String column) {
        return columns.indexOf(column);
    }

    /** The file line number of data row {@code i} (0-based), for messages. */
    public static int lineOf(int i) {
        return i + 2;
    }
}
