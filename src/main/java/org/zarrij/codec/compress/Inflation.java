package org.zarrij.codec.compress;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.zarrij.CodecException;

/** Runs a java.util.zip {@link Inflater} into a {@link BoundedBuffer} (shared by gzip and zlib). */
final class Inflation {
    private Inflation() {
    }

    /**
     * Inflates one deflate (or zlib) stream whose input is already set on {@code inflater}, appending to
     * {@code out} until the stream's end. Input after the end stays in {@code inflater.getRemaining()}.
     */
    static void inflate(Inflater inflater, BoundedBuffer out, String codec) {
        try {
            while (!inflater.finished()) {
                if (out.free() == 0) {
                    if (out.atLimit()) {
                        // Full: the stream may still end here; one more byte of output means too much.
                        if (inflater.inflate(new byte[1]) > 0) {
                            throw out.overflow();
                        }
                        if (!inflater.finished()) {
                            throw stalled(inflater, codec);
                        }
                        return;
                    }
                    out.grow();
                }
                int n = inflater.inflate(out.array(), out.size(), out.free());
                out.advance(n);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw stalled(inflater, codec);
                }
            }
        } catch (DataFormatException e) {
            throw new CodecException(codec + ": corrupt stream (" + e.getMessage() + ")", e);
        }
    }

    private static CodecException stalled(Inflater inflater, String codec) {
        if (inflater.needsDictionary()) {
            return new CodecException(codec + ": the stream needs a preset dictionary, which is not supported");
        }
        return new CodecException(codec + ": truncated stream (the compressed data ends before the stream does)");
    }
}
