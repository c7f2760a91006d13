package org.zarrij.codec.compress;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.zarrij.CodecException;

/**
 * A growable output buffer that refuses to hold more than a decoder's {@code maxDecodedSize}, so that
 * corrupt or hostile streams fail with a clear message instead of exhausting memory.
 */
final class BoundedBuffer {
    /** The largest byte[] the JVM reliably allocates. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 16;
    /** Up to this many bytes the expected size is allocated at once. */
    private static final long EAGER = 64L << 20;

    private final String codec;
    private final long max;
    private final int cap;
    private byte[] buf;
    private int size;

    /**
     * @param codec the codec name for messages
     * @param max the largest decoded size accepted
     * @param inputLength the compressed size, used to guess a first capacity when {@code max} is large
     */
    BoundedBuffer(String codec, long max, long inputLength) {
        this.codec = codec;
        this.max = Math.max(0, max);
        this.cap = (int) Math.min(this.max, MAX_ARRAY);
        // Up to EAGER bytes the limit is taken as the size (a chunk's exact size, usually); beyond it the
        // limit may be a loose bound, so start from a guess and grow.
        long first = cap <= EAGER ? cap : Math.min(cap, Math.max(1L << 20, inputLength * 8));
        this.buf = new byte[(int) first];
    }

    static CodecException exceeds(String codec, long max) {
        return new CodecException(codec + ": decoded data exceeds the expected " + max + " bytes");
    }

    byte[] array() {
        return buf;
    }

    int size() {
        return size;
    }

    void advance(int n) {
        size += n;
    }

    /** Room left in the current array. */
    int free() {
        return buf.length - size;
    }

    /** True when the buffer may not grow any further. */
    boolean atLimit() {
        return size >= cap;
    }

    /** Makes room for more output, or throws because the limit is reached. */
    void grow() {
        if (size < buf.length) {
            return;
        }
        if (buf.length >= cap) {
            throw overflow();
        }
        long next = Math.min(cap, Math.max(buf.length * 2L, 4096));
        buf = Arrays.copyOf(buf, (int) next);
    }

    /** The error for output beyond the limit. */
    CodecException overflow() {
        if (cap < max) {
            return new CodecException(codec + ": decoded data exceeds the largest supported array of " + cap
                    + " bytes");
        }
        return exceeds(codec, max);
    }

    /** Reads {@code in} to its end; the stream's IOExceptions are reported as corrupt data. */
    void readFully(InputStream in) throws IOException {
        while (true) {
            if (free() == 0) {
                if (atLimit()) {
                    if (in.read() < 0) {
                        return;
                    }
                    throw overflow();
                }
                grow();
            }
            int n = in.read(buf, size, free());
            if (n < 0) {
                return;
            }
            size += n;
        }
    }

    /** The content, without copying when the array is exactly full. */
    byte[] toArray() {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
    }
}
