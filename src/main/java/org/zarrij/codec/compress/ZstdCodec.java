package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.zarrij.CodecException;
import org.zarrij.codec.BytesToBytesCodec;
import org.zarrij.codec.CodecConfig;

/**
 * The {@code zstd} codec (zstd-jni). Encoding writes one frame with its content size. Decoding a single
 * frame with a known content size goes straight into an exact array; frames without content size
 * (streaming writers) and concatenated frames are decoded as a stream into a {@link BoundedBuffer}.
 */
public record ZstdCodec(int level, boolean checksum) implements BytesToBytesCodec {
    static final String NAME = "zstd";
    static final int MIN_LEVEL = -131072;
    static final int MAX_LEVEL = 22;

    public ZstdCodec {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("zstd level must be " + MIN_LEVEL + ".." + MAX_LEVEL + ", got " + level);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(byte[] bytes) {
        try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
            ctx.setLevel(level);
            ctx.setChecksum(checksum);
            ctx.setContentSize(true);
            byte[] out = new byte[(int) Math.min(BoundedBuffer.MAX_ARRAY, Zstd.compressBound(bytes.length))];
            int n = ctx.compressByteArray(out, 0, out.length, bytes, 0, bytes.length);
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (ZstdException e) {
            throw new CodecException(NAME + ": compression failed (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public byte[] decode(byte[] bytes, long maxDecodedSize) {
        if (bytes.length < 4) {
            throw new CodecException(NAME + ": truncated stream (" + bytes.length + " bytes cannot hold a frame)");
        }
        long contentSize = singleFrameContentSize(bytes);
        if (contentSize < 0) {
            return decodeStream(bytes, maxDecodedSize);
        }
        if (contentSize > maxDecodedSize) {
            throw BoundedBuffer.exceeds(NAME, maxDecodedSize);
        }
        if (contentSize > BoundedBuffer.MAX_ARRAY) {
            throw new CodecException(NAME + ": content size " + contentSize + " exceeds the largest supported array");
        }
        byte[] out = new byte[(int) contentSize];
        try (ZstdDecompressCtx ctx = new ZstdDecompressCtx()) {
            int n = ctx.decompressByteArray(out, 0, out.length, bytes, 0, bytes.length);
            if (n != out.length) {
                throw new CodecException(NAME + ": the frame header announces " + contentSize + " bytes, decoded " + n);
            }
            return out;
        } catch (ZstdException e) {
            throw corrupt(e);
        }
    }

    /** The content size when {@code bytes} is exactly one frame that records it, else -1. */
    private static long singleFrameContentSize(byte[] bytes) {
        try {
            long size = Zstd.getFrameContentSize(bytes, 0, bytes.length);
            return size >= 0 && Zstd.findFrameCompressedSize(bytes, 0) == bytes.length ? size : -1;
        } catch (RuntimeException e) {
            return -1; // unknown content size, or a bad header that the stream decoder reports precisely
        }
    }

    private static byte[] decodeStream(byte[] bytes, long maxDecodedSize) {
        BoundedBuffer out = new BoundedBuffer(NAME, maxDecodedSize, bytes.length);
        try (ZstdInputStreamNoFinalizer in = new ZstdInputStreamNoFinalizer(new ByteArrayInputStream(bytes))) {
            out.readFully(in);
        } catch (ZstdException e) {
            throw corrupt(e);
        } catch (IOException e) {
            throw new CodecException(NAME + ": corrupt or truncated stream (" + e.getMessage() + ")", e);
        }
        return out.toArray();
    }

    private static CodecException corrupt(ZstdException e) {
        return new CodecException(NAME + ": corrupt stream (" + e.getMessage() + ")", e);
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        return decodedSize + (decodedSize >> 7) + 1024;
    }

    @Override
    public ObjectNode toV3Json() {
        return CodecConfig.v3(NAME, CodecConfig.object().put("level", level).put("checksum", checksum));
    }

    /** numcodecs 0.11 writes {@code {"id": "zstd", "level": n}}; newer versions add the checksum flag. */
    @Override
    public Optional<ObjectNode> toV2Json() {
        ObjectNode o = CodecConfig.object().put("id", NAME).put("level", level);
        if (checksum) {
            o.put("checksum", true);
        }
        return Optional.of(o);
    }
}
