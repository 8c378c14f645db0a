package io.automl.space;

/** Whether larger or smaller objective values are better. */
public enum Direction {
    MAXIMIZE, MINIMIZE;

    /** The lower-case name used in search-space files. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
