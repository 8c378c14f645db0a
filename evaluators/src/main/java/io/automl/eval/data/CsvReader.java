package io.automl.eval.data;

import io.automl.space.csv.CsvRecords;
import io.automl.space.csv.CsvRow;
import io.automl.space.csv.MalformedCsvException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a comma-separated file with a header row through {@link CsvRecords} (quoted fields with commas,
 * doubled quotes and line breaks; a UTF-8 byte-order mark; blank lines skipped; fields trimmed) and checks
 * that every row is as wide as the header. Stateless and thread-safe.
 */
public final class CsvReader {
    private final CsvRecords records = new CsvRecords();

    /** Reads {@code file}; throws {@link DatasetException} naming the file and line on any problem. */
    public CsvTable read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException("data file not found: " + file.toAbsolutePath());
        }
        List<CsvRow> all;
        try {
            all = records.read(file);
        } catch (MalformedCsvException e) {
            throw new DatasetException(file + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new DatasetException("data file not found: " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (all.isEmpty() || all.get(0).line() != 1) {
            throw new DatasetException(file + ": the file is empty (a header row is required)");
        }
        List<String> columns = all.get(0).fields();
        List<List<String>> rows = new ArrayList<>(all.size() - 1);
        for (CsvRow row : all.subList(1, all.size())) {
            if (row.fields().size() != columns.size()) {
                throw new DatasetException(file + ": line " + row.line() + " has " + row.fields().size()
                        + " fields, the header has " + columns.size());
            }
            rows.add(row.fields());
        }
        return new CsvTable(file.toString(), columns, rows);
    }
}
