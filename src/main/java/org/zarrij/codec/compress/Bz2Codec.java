package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.zarrij.CodecException;
import org.zarrij.codec.BytesToBytesCodec;
import org.zarrij.codec.CodecConfig;

/** numcodecs' {@code bz2} codec (commons-compress): a bzip2 stream, level 1..9 = block size in 100 kB. */
public record Bz2Codec(int level) implements BytesToBytesCodec {
    static final String NAME = "numcodecs.bz2";
    static final String V2_ID = "bz2";

    public Bz2Codec {
        if (level < 1 || level > 9) {
            throw new IllegalArgumentException("bz2 level must be 1..9, got " + level);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(out, level)) {
            bz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    @Override
    public byte[] decode(byte[] bytes, long maxDecodedSize) {
        BoundedBuffer out = new BoundedBuffer(V2_ID, maxDecodedSize, bytes.length);
        try (BZip2CompressorInputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(bytes), true)) {
            out.readFully(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CodecException c) {
                throw c;
            }
            // commons-compress reports some malformed input with runtime exceptions
            throw new CodecException(V2_ID + ": corrupt or truncated stream (" + e.getMessage() + ")", e);
        }
        return out.toArray();
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        return decodedSize + (decodedSize >> 6) + 1024;
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
