package io.automl.space.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads comma-separated UTF-8 files with Commons CSV: RFC 4180 quoting (a field in double quotes may hold
 * commas, line breaks and doubled quotes), a leading byte-order mark skipped, spaces around fields and
 * quotes trimmed, blank lines skipped. The first record is the header. Stateless and thread-safe.
 */
public final class CsvRecords {
    private static final char BOM = '\uFEFF';
    private final CSVFormat format = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .setIgnoreEmptyLines(false)
            .get();

    /**
     * The header's column names, or empty when the file cannot be read, is empty or blank, or has no
     * well-formed header record within {@code maxChars} characters (its line break not counted).
     */
    public Optional<List<String>> header(Path file, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1: " + maxChars);
        }
        try (BoundedReader bounded = new BoundedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8),
                maxChars + 2L); CSVParser parser = open(bounded)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return Optional.empty();
            }
            List<String> header = records.next().toList();
            if (blank(header)) {
                return Optional.empty();
            }
            // a cut text must show the header's end: a second record begins within the bound
            return !bounded.cut() || secondRecordBegins(records) ? Optional.of(List.copyOf(header)) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            // an unreadable or malformed file is reported when the data are loaded, with the loader's message
            return Optional.empty();
        }
    }

    /**
     * Every non-blank record of {@code file}, the header first, each with the line it starts on. Throws
     * {@link MalformedCsvException} for a quoted field left open, and {@link IOException} when the file cannot
     * be read.
     */
    public List<CsvRow> read(Path file) throws IOException {
        try (CSVParser parser = open(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<CsvRow> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        return rows;
                    }
                    r = records.next();
                } catch (UncheckedIOException e) {
                    throw new MalformedCsvException(line, String.valueOf(e.getMessage()).contains("EOF")
                            ? "has an unterminated quoted field" : "has text after a closing quote", e);
                }
                List<String> fields = r.toList();
                if (!blank(fields)) {
                    rows.add(new CsvRow(line, fields));
                }
            }
        }
    }

    private CSVParser open(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        in.mark(1);
        if (in.read() != BOM) {
            in.reset();
        }
        return CSVParser.builder().setReader(in).setFormat(format).get();
    }

    private static boolean secondRecordBegins(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            return true; // a record begins but is cut inside a quoted field
        }
    }

    private static boolean blank(List<String> fields) {
        return fields.size() == 1 && fields.get(0).isEmpty();
    }
}
