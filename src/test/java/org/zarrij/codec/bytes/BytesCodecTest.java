package org.zarrij.codec.bytes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.ChunkSpec;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.codec.CodecTestData;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.DataType.ByteOrderMark;

class BytesCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bigEndianSwapsEachElement() {
        ChunkSpec spec = CodecTestData.spec(DataType.INT16, 2);
        byte[] le = {1, 2, 3, 4};
        assertArrayEquals(new byte[] {2, 1, 4, 3}, BytesCodec.BIG.encode(le, spec));
        assertArrayEquals(le, BytesCodec.BIG.decode(new byte[] {2, 1, 4, 3}, spec));
        assertArrayEquals(le, BytesCodec.LITTLE.encode(le, spec));
        ChunkSpec f8 = CodecTestData.spec(DataType.FLOAT64, 1);
        assertArrayEquals(new byte[] {8, 7, 6, 5, 4, 3, 2, 1},
                BytesCodec.BIG.encode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, f8));
    }

    @Test
    void complexSwapsEachHalf() {
        ChunkSpec spec = CodecTestData.spec(DataType.COMPLEX64, 1);
        assertArrayEquals(new byte[] {4, 3, 2, 1, 8, 7, 6, 5},
                BytesCodec.BIG.encode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, spec));
    }

    @Test
    void endianIsRequiredForMultiByteTypesOnly() throws Exception {
        var entry = JSON.readTree("{\"name\":\"bytes\",\"configuration\":{}}");
        MetadataException e = assertThrows(MetadataException.class,
                () -> CodecRegistry.global().fromV3(entry, CodecTestData.context(DataType.UINT16)));
        assertEquals("test/zarr.json: /codecs/0/configuration/endian: required for data type uint16,"
                + " expected \"little\" or \"big\"", e.getMessage());
        BytesCodec none = (BytesCodec) CodecRegistry.global().fromV3(JSON.readTree("{\"name\":\"bytes\"}"),
                CodecTestData.context(DataType.UINT8));
        assertEquals(new BytesCodec(null), none);
        assertEquals(JSON.readTree("{\"name\":\"bytes\"}"), none.toV3Json());
        assertArrayEquals(new byte[] {9, 8}, none.encode(new byte[] {9, 8}, CodecTestData.spec(DataType.UINT8, 2)));
        CodecException c = assertThrows(CodecException.class,
                () -> none.encode(new byte[4], CodecTestData.spec(DataType.INT32, 1)));
        assertEquals("bytes: no \"endian\" configured, but data type int32 has 4-byte components", c.getMessage());
    }

    @Test
    void badEndianValueNamesTheField() throws Exception {
        var entry = JSON.readTree("{\"name\":\"bytes\",\"configuration\":{\"endian\":\"middle\"}}");
        MetadataException e = assertThrows(MetadataException.class,
                () -> CodecRegistry.global().fromV3(entry, CodecTestData.context(DataType.INT32)));
        assertEquals("test/zarr.json: /codecs/0/configuration/endian: expected one of [little, big], found \"middle\"",
                e.getMessage());
    }

    @Test
    void wrongLengthIsRefused() {
        ChunkSpec spec = CodecTestData.spec(DataType.INT32, 3);
        CodecException e = assertThrows(CodecException.class, () -> BytesCodec.BIG.decode(new byte[11], spec));
        assertEquals("bytes: stored data has 11 bytes, expected 12 for ChunkSpec[3] int32", e.getMessage());
        assertThrows(CodecException.class, () -> BytesCodec.LITTLE.decode(new byte[13], spec));
    }

    @Test
    void factoriesForTheArrayLayer() {
        assertEquals(BytesCodec.BIG, BytesCodec.of(ByteOrder.BIG_ENDIAN));
        assertEquals(BytesCodec.LITTLE, BytesCodec.of(ByteOrderMark.LITTLE));
        assertEquals(BytesCodec.BIG, BytesCodec.of(ByteOrderMark.BIG));
        assertEquals(BytesCodec.LITTLE, BytesCodec.of(ByteOrderMark.NOT_APPLICABLE));
        assertEquals("{\"name\":\"bytes\",\"configuration\":{\"endian\":\"big\"}}",
                BytesCodec.BIG.toV3Json().toString());
    }

    @Test
    void byteSwapInPlace() {
        byte[] b = {1, 2, 3, 4, 5, 6, 7, 8};
        ByteSwap.swap(b, b, 4);
        assertArrayEquals(new byte[] {4, 3, 2, 1, 8, 7, 6, 5}, b);
        ByteSwap.swap(b, b, 2);
        assertArrayEquals(new byte[] {3, 4, 1, 2, 7, 8, 5, 6}, b);
        assertThrows(IllegalArgumentException.class, () -> ByteSwap.swapped(new byte[3], 2));
    }
}
