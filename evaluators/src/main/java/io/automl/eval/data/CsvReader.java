package io.automl.eval.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a comma-separated file with a header row. Fields may be double-quoted (a doubled quote inside
 * quotes is a literal quote); blank lines are skipped; surrounding spaces are trimmed. Stateless and
 * thread-safe.
 */
public final class CsvReader {

    /** Reads {@code file}; throws {@link DatasetException} naming the file and line on any problem. */
    public CsvTable read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException("data file not found: " + file.toAbsolutePath());
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw new DatasetException(file + ": the file is empty (a header row is required)");
            }
            List<String> columns = split(stripBom(header), file, 1);
            List<List<String>> rows = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line, file, lineNo);
                if (cells.size() != columns.size()) {
                    throw new DatasetException(file + ": line " + lineNo + " has " + cells.size()
                            + " fields, the header has " + columns.size());
                }
                rows.add(cells);
            }
            return new CsvTable(file.toString(), columns, rows);
        } catch (NoSuchFileException e) {
            throw new DatasetException("data file not found: " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static List<String> split(String line, Path file, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new DatasetException(file + ": line " + lineNo + " has an unterminated quoted field");
        }
        out.add(cur.toString().trim());
        return out;
    }
}
