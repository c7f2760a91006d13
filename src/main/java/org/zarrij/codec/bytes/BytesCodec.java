package org.zarrij.codec.bytes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteOrder;
import org.zarrij.CodecException;
import org.zarrij.codec.ArrayToBytesCodec;
import org.zarrij.codec.ChunkSpec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.dtype.DataType.ByteOrderMark;

/**
 * The {@code bytes} codec: the chunk's elements in C order and the configured byte order. Complex numbers
 * swap each half. {@code endian} is null only for 1-byte data types.
 *
 * <p>When no swap is needed (little-endian or 1-byte data) encode and decode return their input array
 * itself, not a copy: callers must not share a chunk array that they later modify.
 */
public record BytesCodec(ByteOrder endian) implements ArrayToBytesCodec {
    static final String NAME = "bytes";

    public static final BytesCodec LITTLE = new BytesCodec(ByteOrder.LITTLE_ENDIAN);
    public static final BytesCodec BIG = new BytesCodec(ByteOrder.BIG_ENDIAN);

    /** The codec for a byte order; null means "not applicable" (1-byte types only). */
    public static BytesCodec of(ByteOrder order) {
        return new BytesCodec(order);
    }

    /**
     * The codec for a Zarr v2 dtype's byte order mark. {@code '|'} (1-byte types) gives little-endian: v2
     * filters such as delta may widen 1-byte data, and numcodecs then stores it little-endian.
     */
    public static BytesCodec of(ByteOrderMark mark) {
        return mark == ByteOrderMark.BIG ? BIG : LITTLE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(byte[] chunk, ChunkSpec spec) {
        return reorder(chunk, spec, "chunk");
    }

    @Override
    public byte[] decode(byte[] bytes, ChunkSpec spec) {
        return reorder(bytes, spec, "stored data");
    }

    /** Both directions are the same swap. */
    private byte[] reorder(byte[] data, ChunkSpec spec, String what) {
        if (data.length != spec.byteSize()) {
            throw new CodecException(NAME + ": " + what + " has " + data.length + " bytes, expected "
                    + spec.byteSize() + " for " + spec);
        }
        int unit = spec.dataType().componentSize();
        if (unit == 1 || endian == ByteOrder.LITTLE_ENDIAN) {
            return data;
        }
        if (endian == null) {
            throw new CodecException(NAME + ": no \"endian\" configured, but data type " + spec.dataType()
                    + " has " + unit + "-byte components");
        }
        return ByteSwap.swapped(data, unit);
    }

    @Override
    public ObjectNode toV3Json() {
        if (endian == null) {
            return CodecConfig.v3(NAME, null);
        }
        return CodecConfig.v3(NAME, CodecConfig.object()
                .put("endian", endian == ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
    }
}
