package io.automl.eval.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the command evaluator reads a program's output: bounded lines, and the end of a stream. */
class CommandEvaluatorLinesTest {

    /** Collects what a pump hands on. */
    private static final class Collected implements StreamPump.Sink {
        final List<Line> lines = new ArrayList<>();
        int ends;

        @Override
        public synchronized void accept(Line line) {
            lines.add(line);
        }

        @Override
        public synchronized void end() {
            ends++;
        }
    }

    private static List<Line> split(int max, String text) throws InterruptedException {
        List<Line> lines = new ArrayList<>();
        LineSplitter s = new LineSplitter(max);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 3) { // in small pieces: lines span feeds
            s.feed(bytes, i, Math.min(3, bytes.length - i), lines::add);
        }
        s.finish(lines::add);
        return lines;
    }

    @Test
    void linesEndAtNewlineCarriageReturnOrBothAndAreCutAtTheBound() throws Exception {
        assertEquals(List.of(new Line("a", false), new Line("bb", false), new Line("", false), new Line("c", false),
                new Line("dddd", true), new Line("ee", false), new Line("tail", false)),
                split(4, "a\nbb\r\n\nc\rddddddddd\nee\ntail"));
    }

    @Test
    void aCutNeverSplitsACharacter() throws Exception {
        // "aé€" is 1 + 2 + 3 bytes: a cut at 4 or 5 bytes keeps "aé", at 6 all of it
        assertEquals(List.of(new Line("aé", true)), split(5, "aé€x\n"));
        assertEquals(List.of(new Line("aé", true)), split(4, "aé€x\n"));
        assertEquals(List.of(new Line("aé€", true)), split(6, "aé€x\n"));
    }

    @Test
    void aLineLongerThanAJavaStringIsReadInBoundedMemory() throws Exception {
        long length = 3L * 1024 * 1024 * 1024; // 3 GiB, past the longest String a reader could build
        InputStream huge = new InputStream() {
            private long left = length;
            private final byte[] rest = "\nend\n".getBytes(StandardCharsets.US_ASCII);
            private int restAt;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left > 0) {
                    int n = (int) Math.min(len, left);
                    Arrays.fill(b, off, off + n, (byte) 'x');
                    left -= n;
                    return n;
                }
                if (restAt == rest.length) {
                    return -1;
                }
                b[off] = rest[restAt++];
                return 1;
            }
        };
        Collected got = new Collected();
        OutputTail tail = new OutputTail(5);
        StreamPump pump = new StreamPump(huge, "huge", 65536, () -> false, tail, got);
        pump.start();
        assertTrue(pump.join(120_000), "the pump did not finish");
        assertEquals(List.of(new Line("x".repeat(65536), true), new Line("end", false)), got.lines);
        assertEquals(1, got.ends);
        assertEquals("", tail.text());
    }

    private static InputStream failingOnce(String after) {
        return new InputStream() {
            private boolean failed;
            private final InputStream rest = new ByteArrayInputStream(after.getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() throws IOException {
                if (!failed) {
                    failed = true;
                    throw new IOException("Stream closed");
                }
                return rest.read();
            }
        };
    }

    @Test
    void aStreamClosedOnceTheProcessEndedIsItsEndNotAnError() throws Exception {
        Collected got = new Collected();
        OutputTail tail = new OutputTail(5);
        StreamPump pump = new StreamPump(failingOnce("{\"value\": 1}\n"), "trial-0-stderr", 65536, () -> true, tail, got);
        pump.start();
        assertTrue(pump.join(10_000));
        assertEquals("", tail.text());
        assertEquals(List.of(new Line("{\"value\": 1}", false)), got.lines); // what the JDK drained at exit
        assertEquals(1, got.ends);
    }

    @Test
    void aStreamThatFailsWhileTheProcessRunsIsNoted() throws Exception {
        Collected got = new Collected();
        OutputTail tail = new OutputTail(5);
        StreamPump pump = new StreamPump(failingOnce("late\n"), "trial-0-stderr", 65536, () -> false, tail, got);
        pump.start();
        assertTrue(pump.join(10_000));
        assertEquals("[trial-0-stderr unreadable: Stream closed]", tail.text());
        assertEquals(List.of(), got.lines);
        assertEquals(1, got.ends);
    }

    @Test
    void theTailKeepsTheLastLines() {
        OutputTail tail = new OutputTail(2);
        tail.add("a");
        tail.add("b");
        tail.add("c");
        assertEquals("b\nc", tail.text());
    }
}
