package io.automl.space.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The column names of a CSV file's header row, read so that column names in a space can be checked while
 * it is parsed. Fields may be double-quoted (a doubled quote is a literal quote); names are trimmed. Stateless.
 */
final class CsvHeader {
    private CsvHeader() {
    }

    /** The longest header line read, in characters; a longer first line is no header. */
    static final int MAX_LINE = 64 * 1024;

    /**
     * The header's column names, or empty when the file cannot be read or has no well-formed header within
     * {@link #MAX_LINE} characters.
     */
    static Optional<List<String>> of(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = firstLine(in);
            if (line == null || line.isBlank()) {
                return Optional.empty();
            }
            return split(line.startsWith("\uFEFF") ? line.substring(1) : line);
        } catch (IOException e) {
            // an unreadable file is reported when the data are loaded, with the loader's own message
            return Optional.empty();
        }
    }

    /** The first line, or null when it is longer than {@link #MAX_LINE} or the file is empty. */
    private static String firstLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (line.length() == MAX_LINE) {
                return null;
            }
            line.append((char) c);
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    private static Optional<List<String>> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return quoted ? Optional.empty() : Optional.of(List.copyOf(out));
    }
}
