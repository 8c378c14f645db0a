package io.automl.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Which database holds the results: the embedded H2 file in the data directory (no {@code url}), or a
 * shared database at a JDBC {@code url} such as {@code jdbc:postgresql://db:5432/automl}. Credentials come
 * from the environment ({@code AUTOML_DB_USER}, {@code AUTOML_DB_PASSWORD} or a file named by
 * {@code AUTOML_DB_PASSWORD_FILE}), never from the command line, and {@link #toString()} never shows them.
 */
public record StoreLocation(String url, String user, String password) {
    public StoreLocation {
        if (url != null && !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("store must be a JDBC URL (jdbc:postgresql://...), got " + url);
        }
        if (url != null && url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("the store URL must not carry a password (it would show in process"
                    + " lists and logs); set AUTOML_DB_PASSWORD or AUTOML_DB_PASSWORD_FILE instead");
        }
    }

    /** The embedded H2 database of the data directory. */
    public static StoreLocation embeddedH2() {
        return new StoreLocation(null, null, null);
    }

    /** The {@code --store} option (may be null), else {@code AUTOML_STORE}, else embedded; credentials from the environment. */
    public static StoreLocation resolve(String option, Map<String, String> env) {
        String url = option != null ? option : blankToNull(env.get("AUTOML_STORE"));
        if (url == null) {
            return embeddedH2();
        }
        String password = blankToNull(env.get("AUTOML_DB_PASSWORD"));
        String file = blankToNull(env.get("AUTOML_DB_PASSWORD_FILE"));
        if (password == null && file != null) {
            try {
                password = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read AUTOML_DB_PASSWORD_FILE " + file, e);
            }
        }
        return new StoreLocation(url, blankToNull(env.get("AUTOML_DB_USER")), password);
    }

    /** Whether this is the embedded, single-process H2 database. */
    public boolean isEmbedded() {
        return url == null;
    }

    @Override
    public String toString() {
        return isEmbedded() ? "embedded H2" : url + (user == null ? "" : " as " + user);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
