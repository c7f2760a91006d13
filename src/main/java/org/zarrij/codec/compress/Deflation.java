package org.zarrij.codec.compress;

import java.util.Arrays;
import java.util.zip.Deflater;

/** Runs a java.util.zip {@link Deflater} over a whole buffer (shared by gzip and zlib). */
final class Deflation {
    private Deflation() {
    }

    /** A generous bound of deflate's output for {@code n} input bytes (stored blocks cost 5 bytes per 16 KiB). */
    static long bound(long n) {
        return n + (n >> 3) + (n >> 6) + 64;
    }

    /**
     * Compresses {@code src} and returns an array of exactly {@code header + compressed + trailer} bytes,
     * the header and trailer left zero for the caller to fill. Ends the deflater.
     */
    static byte[] deflate(Deflater deflater, byte[] src, int header, int trailer) {
        try {
            deflater.setInput(src);
            deflater.finish();
            byte[] out = new byte[(int) Math.min(BoundedBuffer.MAX_ARRAY,
                    header + trailer + (src.length + (src.length >> 10) + 64L))];
            int pos = header;
            while (!deflater.finished()) {
                if (pos == out.length - trailer) {
                    out = Arrays.copyOf(out, (int) Math.min(BoundedBuffer.MAX_ARRAY, out.length * 3L / 2 + 64));
                }
                pos += deflater.deflate(out, pos, out.length - trailer - pos);
            }
            return pos + trailer == out.length ? out : Arrays.copyOf(out, pos + trailer);
        } finally {
            deflater.end();
        }
    }
}
