package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Optional;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import org.zarrij.CodecException;
import org.zarrij.codec.BytesToBytesCodec;
import org.zarrij.codec.CodecConfig;

/**
 * numcodecs' {@code lz4} codec: a 4-byte little-endian decoded size, then one LZ4 block.
 * {@code acceleration} is kept for the metadata; lz4-java has no acceleration knob, so encoding always
 * uses LZ4's default (acceleration 1), which any LZ4 decoder reads.
 */
public record Lz4Codec(int acceleration) implements BytesToBytesCodec {
    static final String NAME = "numcodecs.lz4";
    static final String V2_ID = "lz4";
    private static final int HEADER = 4;
    /**
     * Native code is fine for compressing our own data. Untrusted input goes to our bounds-checked
     * {@link Lz4BlockDecoder}: lz4-java 1.8.0's decoders have known flaws on malformed blocks.
     */
    private static final LZ4Compressor COMPRESSOR = LZ4Factory.fastestInstance().fastCompressor();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(byte[] bytes) {
        byte[] out = new byte[HEADER + COMPRESSOR.maxCompressedLength(bytes.length)];
        GzipCodec.putIntLE(out, 0, bytes.length);
        int n = COMPRESSOR.compress(bytes, 0, bytes.length, out, HEADER, out.length - HEADER);
        return Arrays.copyOf(out, HEADER + n);
    }

    @Override
    public byte[] decode(byte[] bytes, long maxDecodedSize) {
        if (bytes.length < HEADER + 1) {
            throw new CodecException(V2_ID + ": truncated stream (" + bytes.length
                    + " bytes cannot hold the size header and a block)");
        }
        long size = Integer.toUnsignedLong(GzipCodec.getIntLE(bytes, 0));
        if (size > maxDecodedSize) {
            throw BoundedBuffer.exceeds(V2_ID, maxDecodedSize);
        }
        if (size > BoundedBuffer.MAX_ARRAY) {
            throw new CodecException(V2_ID + ": decoded size " + size + " exceeds the largest supported array");
        }
        byte[] out = new byte[(int) size];
        int n;
        try {
            n = Lz4BlockDecoder.decompress(bytes, HEADER, bytes.length - HEADER, out, 0, out.length);
        } catch (CodecException e) {
            throw new CodecException(V2_ID + ": corrupt or truncated block (" + e.getMessage() + ")", e);
        }
        if (n != size) {
            throw new CodecException(V2_ID + ": the header announces " + size + " bytes, the block holds " + n);
        }
        return out;
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        return HEADER + decodedSize + decodedSize / 255 + 16;
    }

    @Override
    public ObjectNode toV3Json() {
        return CodecConfig.v3(NAME, CodecConfig.object().put("acceleration", acceleration));
    }

    @Override
    public Optional<ObjectNode> toV2Json() {
        return Optional.of(CodecConfig.object().put("id", V2_ID).put("acceleration", acceleration));
    }
}
