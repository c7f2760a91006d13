package org.zarrij.codec.blosc;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.util.zip.Deflater;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import org.zarrij.CodecException;

/**
 * Compresses the streams of one frame with one compressor and level, as c-blosc 1.x calls each library.
 * Not thread-safe (it keeps the zlib and zstd contexts and an output buffer for all the streams of a frame);
 * make one per frame and close it.
 */
final class StreamEncoder implements AutoCloseable {
    private static final LZ4Factory LZ4 = LZ4Factory.fastestJavaInstance();

    private final BloscCname cname;
    private final int clevel;
    private final LZ4Compressor lz4;
    private Deflater deflater;
    private ZstdCompressCtx zstd;
    private byte[] buffer = new byte[0];

    StreamEncoder(BloscCname cname, int clevel) {
        if (!cname.canCompress()) {
            throw new CodecException("blosc: compressor '" + cname.configName() + "' is not supported");
        }
        this.cname = cname;
        this.clevel = clevel;
        this.lz4 = switch (cname) {
            case LZ4 -> LZ4.fastCompressor();
            case LZ4HC -> LZ4.highCompressor(clevel);
            default -> null;
        };
    }

    /** The compressed bytes of the last {@link #compress} call start at offset 0 of this array. */
    byte[] buffer() {
        return buffer;
    }

    /**
     * Compresses {@code src[off..off+len)} into {@link #buffer()}; returns the compressed size, or 0 when the
     * result is not smaller than the input (the stream is then stored raw).
     */
    int compress(byte[] src, int off, int len) {
        int n = switch (cname) {
            case BLOSCLZ -> BloscLZ.compress(src, off, len, ensure(len), 0, len - 1);
            case LZ4, LZ4HC -> lz4.compress(src, off, len, ensure(lz4.maxCompressedLength(len)), 0);
            case ZLIB -> zlib(src, off, len);
            case ZSTD -> zstd(src, off, len);
            default -> throw new IllegalStateException(cname.toString());
        };
        return n >= len ? 0 : n;
    }

    private int zlib(byte[] src, int off, int len) {
        if (deflater == null) {
            deflater = new Deflater(clevel);
        } else {
            deflater.reset();
        }
        byte[] out = ensure(len);
        deflater.setInput(src, off, len);
        deflater.finish();
        int n = 0;
        while (!deflater.finished() && n < len) {
            int r = deflater.deflate(out, n, len - n);
            if (r == 0) {
                break;
            }
            n += r;
        }
        return deflater.finished() ? n : 0;
    }

    private int zstd(byte[] src, int off, int len) {
        if (zstd == null) {
            // c-blosc maps its levels 1..8 to zstd's odd levels 1..15 and 9 to zstd's maximum.
            zstd = new ZstdCompressCtx().setLevel(clevel < 9 ? clevel * 2 - 1 : Zstd.maxCompressionLevel());
        }
        int bound = (int) Math.min(Integer.MAX_VALUE - 16, Zstd.compressBound(len));
        try {
            return zstd.compressByteArray(ensure(bound), 0, bound, src, off, len);
        } catch (RuntimeException e) {
            throw new CodecException("blosc: zstd compression failed: " + e.getMessage(), e);
        }
    }

    private byte[] ensure(int size) {
        if (buffer.length < size) {
            buffer = new byte[size];
        }
        return buffer;
    }

    @Override
    public void close() {
        if (deflater != null) {
            deflater.end();
        }
        if (zstd != null) {
            zstd.close();
        }
    }
}
