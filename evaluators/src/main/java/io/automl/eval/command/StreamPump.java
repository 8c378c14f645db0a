package io.automl.eval.command;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * Reads one process stream on its own thread, byte by byte through a {@link LineSplitter} (lines cut at
 * its bound), handing each line to a sink. A read that fails once the process has ended or is being
 * killed is the end of the stream, not an error: the JDK closes a process's pipes when it reaps it.
 * A read that fails while the process runs is noted in the tail and ends the stream. An interrupt of
 * the pump thread (the trial is over) ends it too. Thread-safe: {@link #start()} once, then
 * {@link #join} and {@link #interrupt()} from any thread.
 */
final class StreamPump {

    /** Receives the lines of a stream and then its end. */
    interface Sink extends LineSplitter.Sink {
        /** The stream ended (or failed); called once, after the last line. */
        void end() throws InterruptedException;
    }

    private static final int CHUNK = 8192;
    private final Thread thread;

    /**
     * @param ended whether the process has exited or is being killed, so that a closed stream is its end
     * @param notes where a read error is noted
     */
    StreamPump(InputStream in, String name, int maxLineBytes, BooleanSupplier ended, OutputTail notes, Sink sink) {
        LineSplitter splitter = new LineSplitter(maxLineBytes);
        this.thread = new Thread(() -> pump(in, name, splitter, ended, notes, sink), name);
        thread.setDaemon(true);
    }

    private static void pump(InputStream in, String name, LineSplitter splitter, BooleanSupplier ended,
            OutputTail notes, Sink sink) {
        byte[] chunk = new byte[CHUNK];
        int failedReads = 0;
        try {
            while (true) {
                int n;
                try {
                    n = in.read(chunk);
                } catch (IOException e) {
                    if (!ended.getAsBoolean()) {
                        notes.add("[" + name + " unreadable: " + e.getMessage() + "]");
                        break;
                    }
                    if (++failedReads > 1) {
                        break;
                    }
                    continue; // once: on exit the JDK drains what was left into the stream before closing it
                }
                if (n < 0) {
                    break;
                }
                splitter.feed(chunk, 0, n, sink);
            }
            splitter.finish(sink);
            sink.end();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the trial is over: stop pumping, this thread ends here
        }
    }

    void start() {
        thread.start();
    }

    /** Asks the pump to stop handing lines on (it stops when its sink waits). */
    void interrupt() {
        thread.interrupt();
    }

    /** Waits up to {@code millis} for the pump to end; returns whether it has. */
    boolean join(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }
}
