package org.zarrij.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a window of a stream into one array, bounded by the window, checking the stream's announced length. */
final class BoundedRead {
    private static final int INITIAL_BUFFER = 1 << 20;

    private BoundedRead() {
    }

    /**
     * Bytes {@code [start, start + limit)} of {@code in}. With {@code whole}, the stream must end within the
     * window (else the value is too large). A stream that ends before its announced length (when known,
     * else -1) is truncated: an {@link EOFException}, never short data.
     */
    static byte[] read(InputStream in, long start, int limit, long announced, boolean whole) throws IOException {
        long skipped = 0;
        while (skipped < start) {
            long n = in.skip(start - skipped);
            if (n <= 0) {
                if (in.read() < 0) {
                    break;
                }
                n = 1;
            }
            skipped += n;
        }
        long expected = announced < 0 ? limit : Math.max(0, Math.min(limit, announced - start));
        byte[] buffer = new byte[(int) Math.min(expected, INITIAL_BUFFER)];
        int filled = 0;
        while (filled < limit) {
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(16, 2L * buffer.length)));
            }
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        if (whole && filled == limit && in.read() >= 0) {
            throw new IOException("the value is longer than " + limit + " bytes: too large to read at once");
        }
        if (announced >= 0 && skipped + filled < Math.min(announced, start + (long) limit)) {
            throw new EOFException("truncated body: " + (skipped + filled) + " of " + announced
                    + " announced bytes");
        }
        return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
    }
}
