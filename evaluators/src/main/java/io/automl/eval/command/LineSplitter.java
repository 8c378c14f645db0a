package io.automl.eval.command;

import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into UTF-8 lines ended by {@code \n}, {@code \r} or {@code \r\n}, holding at most
 * {@code maxBytes} bytes of one line: the bytes past the bound are dropped up to the line's end and the
 * line is marked cut, so memory stays bounded however long a line is. A cut never splits a UTF-8
 * character. Not thread-safe: one splitter per stream, fed by one thread.
 */
final class LineSplitter {

    /** Receives each complete line. */
    @FunctionalInterface
    interface Sink {
        void accept(Line line) throws InterruptedException;
    }

    private final byte[] buffer;
    private int length;
    private boolean cut;
    private boolean afterCarriageReturn;

    LineSplitter(int maxBytes) {
        if (maxBytes < 4) {
            throw new IllegalArgumentException("maxBytes must be >= 4: " + maxBytes);
        }
        this.buffer = new byte[maxBytes];
    }

    /** The most bytes kept of one line. */
    int maxBytes() {
        return buffer.length;
    }

    /** Takes {@code count} bytes from {@code bytes[offset]}, handing each line they complete to {@code sink}. */
    void feed(byte[] bytes, int offset, int count, Sink sink) throws InterruptedException {
        for (int i = offset; i < offset + count; i++) {
            byte b = bytes[i];
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                afterCarriageReturn = b == '\r';
                emit(sink);
            } else if (length < buffer.length) {
                buffer[length++] = b;
            } else {
                cut = true;
            }
        }
    }

    /** Ends the stream: hands a last unterminated line, if any, to {@code sink}. */
    void finish(Sink sink) throws InterruptedException {
        if (length > 0 || cut) {
            emit(sink);
        }
    }

    private void emit(Sink sink) throws InterruptedException {
        int end = cut ? characterBoundary() : length;
        Line line = new Line(new String(buffer, 0, end, StandardCharsets.UTF_8), cut);
        length = 0;
        cut = false;
        sink.accept(line);
    }

    /** The end of the last whole UTF-8 character in the buffer. */
    private int characterBoundary() {
        int start = length;
        while (start > 0 && (buffer[start - 1] & 0xC0) == 0x80) {
            start--;
        }
        if (start == 0 || (buffer[start - 1] & 0x80) == 0) {
            return length;
        }
        int lead = buffer[start - 1] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        return length - (start - 1) < need ? start - 1 : length;
    }
}
