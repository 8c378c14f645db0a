package io.automl.eval.command;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The last lines of a program's stderr and the notes about its output (cut lines, read errors), kept
 * for a failed trial's message: at most {@code keep} lines, each as bounded as the lines it is given.
 * Thread-safe: the stream pumps add, the evaluating thread reads.
 */
final class OutputTail {
    private final Deque<String> lines = new ArrayDeque<>();
    private final int keep;

    OutputTail(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be >= 1: " + keep);
        }
        this.keep = keep;
    }

    synchronized void add(String line) {
        lines.addLast(line);
        while (lines.size() > keep) {
            lines.removeFirst();
        }
    }

    /** The kept lines, oldest first, joined by newlines. */
    synchronized String text() {
        return String.join("\n", lines);
    }
}
