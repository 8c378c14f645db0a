package io.automl.space.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader that ends after {@code limit} characters and remembers whether the text went on. One thread. */
final class BoundedReader extends FilterReader {
    private long left;
    private boolean cut;

    BoundedReader(Reader in, long limit) {
        super(in);
        this.left = limit;
    }

    /** Whether characters past the limit were left unread. */
    boolean cut() {
        return cut;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (left == 0) {
            cut |= in.read() != -1;
            return -1;
        }
        int n = in.read(buf, off, (int) Math.min(len, left));
        if (n > 0) {
            left -= n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
