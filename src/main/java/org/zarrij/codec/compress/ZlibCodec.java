package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.zarrij.CodecException;
import org.zarrij.codec.BytesToBytesCodec;
import org.zarrij.codec.CodecConfig;

/**
 * numcodecs' {@code zlib} codec: a zlib stream (RFC 1950, deflate with a 2-byte header and an Adler-32
 * trailer) at level -1 (zlib's default) .. 9. Like Python's zlib.decompress, bytes after the stream are ignored.
 */
public record ZlibCodec(int level) implements BytesToBytesCodec {
    static final String NAME = "numcodecs.zlib";
    static final String V2_ID = "zlib";

    public ZlibCodec {
        if (level < -1 || level > 9) {
            throw new IllegalArgumentException("zlib level must be -1..9, got " + level);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(byte[] bytes) {
        return Deflation.deflate(new Deflater(level), bytes, 0, 0);
    }

    @Override
    public byte[] decode(byte[] bytes, long maxDecodedSize) {
        if (bytes.length < 2) {
            throw new CodecException(V2_ID + ": truncated stream (" + bytes.length + " bytes)");
        }
        BoundedBuffer out = new BoundedBuffer(V2_ID, maxDecodedSize, bytes.length);
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            Inflation.inflate(inflater, out, V2_ID);
        } finally {
            inflater.end();
        }
        return out.toArray();
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        return Deflation.bound(decodedSize) + 6;
    }

    @Override
    public ObjectNode toV3Json() {
        return CodecConfig.v3(NAME, CodecConfig.object().put("level", level));
    }

    @Override
    public Optional<ObjectNode> toV2Json() {
        return Optional.of(CodecConfig.object().put("id", V2_ID).put("level", level));
    }
}
