package io.automl.eval.datasets;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stored, named data set: its {@code type} ({@code csv}, {@code images} or {@code idx}), the SHA-256 and size of
 * the file uploaded, when it was added (ISO-8601 UTC), where its data lie ({@code path}: the CSV file, the folder of class folders,
 * or the IDX image file, with {@code labels} the IDX label file, else null), and what it holds: {@code rows} (CSV
 * rows or images) and {@code columns} with the first rows ({@code head}, at most {@value #HEAD_ROWS}) of a CSV, or
 * images {@code perClass}. Immutable.
 */
public record NamedDataset(String name, String type, String sha256, long bytes, String created, String path,
        String labels, long rows, List<String> columns, Map<String, Integer> perClass, List<List<String>> head) {
    /** The most rows kept in {@link #head()}. */
    public static final int HEAD_ROWS = 5;

    public NamedDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(path, "path");
        columns = columns == null ? List.of() : List.copyOf(columns);
        perClass = perClass == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perClass));
        head = head == null ? List.of() : head.stream().map(List::copyOf).toList();
    }
}
