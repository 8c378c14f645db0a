package io.automl.eval.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Reads a process stream line by line on its own thread, handing each line to a sink and keeping the
 * last lines for error messages. One pump per stream; {@link #tail()} is safe from any thread.
 */
final class StreamPump {
    private final Deque<String> tail = new ArrayDeque<>();
    private final int keep;
    private final Thread thread;

    StreamPump(InputStream in, String name, int keep, Consumer<String> sink, Runnable atEnd) {
        this.keep = keep;
        this.thread = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    remember(line);
                    sink.accept(line);
                }
            } catch (IOException e) {
                remember("[" + name + " unreadable: " + e.getMessage() + "]");
                throw new UncheckedIOException(e);
            } finally {
                atEnd.run();
            }
        }, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Waits up to {@code millis} for the stream to end. */
    void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    private synchronized void remember(String line) {
        tail.addLast(line);
        while (tail.size() > keep) {
            tail.removeFirst();
        }
    }

    /** The last lines read, oldest first, joined by newlines. */
    synchronized String tail() {
        return String.join("\n", tail);
    }
}
