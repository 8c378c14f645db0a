package io.automl.space;

import java.util.Locale;

/**
 * Whether larger or smaller objective values are better. Its one spelling in search-space files, JSON
 * answers and the worker API is {@link #wireName()} ({@code "maximize"}, {@code "minimize"}), read back by
 * {@link #fromWire(String)}. Immutable.
 */
public enum Direction {
    MAXIMIZE, MINIMIZE;

    /** The lower-case name used in search-space files and in JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction whose {@link #wireName()} is {@code name}; {@link IllegalArgumentException} for any other text. */
    public static Direction fromWire(String name) {
        for (Direction d : values()) {
            if (d.wireName().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction must be 'maximize' or 'minimize': '" + name + "'");
    }
}
