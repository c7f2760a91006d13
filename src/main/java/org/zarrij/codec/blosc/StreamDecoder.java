package org.zarrij.codec.blosc;

import org.zarrij.codec.compress.Lz4BlockDecoder;

import com.github.luben.zstd.ZstdDecompressCtx;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.zarrij.CodecException;
import org.zarrij.codec.compress.Lz4BlockDecoder;

/**
 * Decodes the compressed streams of one frame with the frame's compressor. Not thread-safe (it keeps one
 * zlib or zstd context for all the streams of a frame); make one per frame and close it.
 */
final class StreamDecoder implements AutoCloseable {
    private final int format;
    private Inflater inflater;
    private ZstdDecompressCtx zstd;

    StreamDecoder(int format) {
        this.format = format;
    }

    /** Whether this implementation decodes streams of a header's compressor format code. */
    static boolean supports(int format) {
        return format == BloscCname.BLOSCLZ.formatCode() || format == BloscCname.LZ4.formatCode()
                || format == BloscCname.ZLIB.formatCode() || format == BloscCname.ZSTD.formatCode();
    }

    /**
     * Decodes {@code src[off..off+len)} into exactly {@code expected} bytes at {@code dst[dstOff]}; a stream
     * that is corrupt or decodes to another size gives a CodecException saying why.
     */
    void decode(byte[] src, int off, int len, byte[] dst, int dstOff, int expected) {
        int n;
        if (format == BloscCname.BLOSCLZ.formatCode()) {
            n = BloscLZ.decompress(src, off, len, dst, dstOff, expected);
        } else if (format == BloscCname.LZ4.formatCode()) {
            n = Lz4BlockDecoder.decompress(src, off, len, dst, dstOff, expected);
        } else if (format == BloscCname.ZLIB.formatCode()) {
            n = zlib(src, off, len, dst, dstOff, expected);
        } else if (format == BloscCname.ZSTD.formatCode()) {
            n = zstd(src, off, len, dst, dstOff, expected);
        } else {
            throw new CodecException("compressor '" + BloscCname.nameOfFormat(format) + "' is not supported");
        }
        if (n != expected) {
            throw new CodecException("decodes to " + n + " bytes, expected " + expected);
        }
    }

    private int zstd(byte[] src, int off, int len, byte[] dst, int dstOff, int expected) {
        if (zstd == null) {
            zstd = new ZstdDecompressCtx();
        }
        try {
            return zstd.decompressByteArray(dst, dstOff, expected, src, off, len);
        } catch (RuntimeException e) { // ZstdException
            throw new CodecException("corrupt zstd data (" + e.getMessage() + ")", e);
        }
    }

    private int zlib(byte[] src, int off, int len, byte[] dst, int dstOff, int expected) {
        if (inflater == null) {
            inflater = new Inflater();
        } else {
            inflater.reset();
        }
        inflater.setInput(src, off, len);
        int n = 0;
        try {
            while (n < expected) {
                int r = inflater.inflate(dst, dstOff + n, expected - n);
                if (r == 0) {
                    break; // finished, or needs input or a dictionary it will never get
                }
                n += r;
            }
            if (!inflater.finished()) {
                // The end-of-stream marker and checksum may still be pending; anything more is too much data.
                byte[] probe = new byte[1];
                if (inflater.inflate(probe) > 0) {
                    throw new CodecException("zlib data decodes to more than " + expected + " bytes");
                }
                if (!inflater.finished()) {
                    throw new CodecException("zlib data is truncated after " + n + " of " + expected + " bytes");
                }
            }
        } catch (DataFormatException e) {
            throw new CodecException("corrupt zlib data (" + e.getMessage() + ")", e);
        }
        return n;
    }

    @Override
    public void close() {
        if (inflater != null) {
            inflater.end();
        }
        if (zstd != null) {
            zstd.close();
        }
    }
}
