package org.zarrij.codec.checksum;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.zarrij.CodecException;
import org.zarrij.codec.BytesToBytesCodec;
import org.zarrij.codec.CodecConfig;

/**
 * The {@code crc32c} codec: the data followed by its 4-byte little-endian CRC32C (Castagnoli). numcodecs'
 * CRC32C can also put the checksum first ({@code "location": "start"}); both are read and written.
 */
public record Crc32cCodec(boolean atEnd) implements BytesToBytesCodec {
    static final String NAME = "crc32c";
    static final String NUMCODECS_NAME = "numcodecs.crc32c";
    private static final int SIZE = 4;

    /** The standard form, checksum at the end. */
    public static Crc32cCodec standard() {
        return new Crc32cCodec(true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(byte[] bytes) {
        byte[] out = new byte[bytes.length + SIZE];
        int dataAt = atEnd ? 0 : SIZE;
        System.arraycopy(bytes, 0, out, dataAt, bytes.length);
        putIntLE(out, atEnd ? bytes.length : 0, checksum(bytes, 0, bytes.length));
        return out;
    }

    @Override
    public byte[] decode(byte[] bytes, long maxDecodedSize) {
        if (bytes.length < SIZE) {
            throw new CodecException(NAME + ": truncated data (" + bytes.length
                    + " bytes cannot hold the 4-byte checksum)");
        }
        int n = bytes.length - SIZE;
        if (n > maxDecodedSize) {
            throw new CodecException(NAME + ": decoded data exceeds the expected " + maxDecodedSize + " bytes");
        }
        int dataAt = atEnd ? 0 : SIZE;
        int stored = getIntLE(bytes, atEnd ? n : 0);
        int computed = checksum(bytes, dataAt, n);
        if (stored != computed) {
            throw new CodecException(String.format("%s: checksum mismatch: stored 0x%08x, computed 0x%08x",
                    NAME, stored, computed));
        }
        return Arrays.copyOfRange(bytes, dataAt, dataAt + n);
    }

    private static int checksum(byte[] b, int off, int len) {
        CRC32C crc = new CRC32C();
        crc.update(b, off, len);
        return (int) crc.getValue();
    }

    private static void putIntLE(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }

    private static int getIntLE(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        return decodedSize + SIZE;
    }

    @Override
    public ObjectNode toV3Json() {
        if (atEnd) {
            return CodecConfig.v3(NAME, null);
        }
        return CodecConfig.v3(NUMCODECS_NAME, CodecConfig.object().put("location", "start"));
    }

    /** numcodecs' CRC32C (0.13+) writes {@code {"id": "crc32c"}} with the default location. */
    @Override
    public Optional<ObjectNode> toV2Json() {
        ObjectNode o = CodecConfig.object().put("id", NAME);
        if (!atEnd) {
            o.put("location", "start");
        }
        return Optional.of(o);
    }
}
