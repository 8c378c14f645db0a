package io.automl.space.csv;

import java.io.IOException;

/** A CSV file that does not parse (an unterminated quoted field); {@link #line()} is where the record starts. */
public final class MalformedCsvException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    public MalformedCsvException(long line, String message, Throwable cause) {
        super("line " + line + " " + message, cause);
        this.line = line;
    }

    /** The 1-based line the record that does not parse starts on. */
    public long line() {
        return line;
    }
}
