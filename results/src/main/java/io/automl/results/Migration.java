package io.automl.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema script, {@code V<version>__<description>.sql}: its statements (split at
 * semicolons that end a line; {@code --} comment lines dropped) and the SHA-256 of its text, which
 * detects a script edited after it was applied. Immutable.
 */
record Migration(int version, String description, String script, String checksum) {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1: " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(checksum, "checksum");
    }

    /** Loads the classpath resource {@code folder/fileName}. */
    static Migration load(String folder, String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("fileName must look like V1__name.sql: " + fileName);
        }
        String resource = folder + "/" + fileName;
        try (InputStream in = Migration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("fileName: no migration resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Migration(Integer.parseInt(m.group(1)), m.group(2), text,
                    ArtifactSql.sha256(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + resource, e);
        }
    }

    /** The statements of the script for {@code dialect}, in order. */
    List<String> statements(Dialect dialect) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dialect.substitute(script).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration V" + version + " ends without a semicolon");
        }
        return statements;
    }
}
