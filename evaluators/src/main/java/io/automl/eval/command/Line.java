package io.automl.eval.command;

import java.util.Objects;

/**
 * One line a program printed, without its terminator: {@code text} is the whole line or, when {@code cut},
 * its start: at most {@link LineSplitter#maxBytes()} bytes, ending at a whole character (the rest was
 * read and dropped). Immutable.
 */
record Line(String text, boolean cut) {

    Line {
        Objects.requireNonNull(text, "text");
    }
}
