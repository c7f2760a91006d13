package org.zarrij.codec.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.ChunkSpec;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.codec.CodecTestData;
import org.zarrij.dtype.DataType;

class DeltaCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DeltaCodec v2(String json) throws Exception {
        return (DeltaCodec) CodecRegistry.global().fromV2(JSON.readTree(json), CodecTestData.context(DataType.INT32));
    }

    private static byte[] ints(int... v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : v) {
            b.putInt(x);
        }
        return b.array();
    }

    private static byte[] shorts(int... v) {
        ByteBuffer b = ByteBuffer.allocate(2 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : v) {
            b.putShort((short) x);
        }
        return b.array();
    }

    @Test
    void sameTypeDifferences() throws Exception {
        DeltaCodec d = v2("{\"id\":\"delta\",\"dtype\":\"<i4\"}");
        ChunkSpec spec = CodecTestData.spec(DataType.INT32, 2, 2);
        byte[] enc = d.encode(ints(5, 7, 4, Integer.MIN_VALUE), spec);
        assertArrayEquals(ints(5, 2, -3, Integer.MIN_VALUE - 4), enc);
        assertArrayEquals(ints(5, 7, 4, Integer.MIN_VALUE), d.decode(enc, spec));
        assertEquals("{\"id\":\"delta\",\"dtype\":\"<i4\",\"astype\":\"<i4\"}", d.toV2Json().orElseThrow().toString());
    }

    @Test
    void unsignedBytesWrap() {
        DeltaCodec d = DeltaCodec.of(DataType.UINT8);
        ChunkSpec spec = CodecTestData.spec(DataType.UINT8, 3);
        assertArrayEquals(new byte[] {(byte) 250, 11, (byte) 245}, d.encode(new byte[] {(byte) 250, 5, (byte) 250}, spec));
        assertEquals("{\"id\":\"delta\",\"dtype\":\"|u1\",\"astype\":\"|u1\"}", d.toV2Json().orElseThrow().toString());
    }

    @Test
    void narrowerAndWiderEncodedTypes() throws Exception {
        DeltaCodec narrow = v2("{\"id\":\"delta\",\"dtype\":\"<i4\",\"astype\":\"<i2\"}");
        ChunkSpec spec = CodecTestData.spec(DataType.INT32, 4);
        assertEquals(DataType.INT16, narrow.encodedSpec(spec).dataType());
        byte[] enc = narrow.encode(ints(1000, 900, 70000, 70001), spec);
        assertArrayEquals(shorts(1000, -100, (short) 69100, 1), enc);
        assertArrayEquals(ints(1000, 900, 1000 - 100 + (short) 69100, 1000 - 100 + (short) 69100 + 1),
                narrow.decode(enc, spec));

        DeltaCodec wide = (DeltaCodec) CodecRegistry.global().fromV2(
                JSON.readTree("{\"id\":\"delta\",\"dtype\":\"<u2\",\"astype\":\"<i4\"}"),
                CodecTestData.context(DataType.UINT16));
        ChunkSpec u2 = CodecTestData.spec(DataType.UINT16, 3);
        byte[] w = wide.encode(shorts(65535, 1, 3), u2);
        // NumPy: uint16 differences wrap (1 - 65535 = 2), then widen as unsigned.
        assertArrayEquals(ints(65535, 2, 2), w);
        assertArrayEquals(shorts(65535, 1, 3), wide.decode(w, u2));
    }

    @Test
    void floats() throws Exception {
        DeltaCodec d = v2("{\"id\":\"delta\",\"dtype\":\"<f8\",\"astype\":\"<f8\"}");
        ChunkSpec spec = CodecTestData.spec(DataType.FLOAT64, 3);
        ByteBuffer in = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putDouble(1.5).putDouble(-0.5)
                .putDouble(2.0);
        byte[] enc = d.encode(in.array(), spec);
        ByteBuffer e = ByteBuffer.wrap(enc).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1.5, e.getDouble(0));
        assertEquals(-2.0, e.getDouble(8));
        assertEquals(2.5, e.getDouble(16));
        assertArrayEquals(in.array(), d.decode(enc, spec));
    }

    @Test
    void otherByteOrderForTheEncodedTypeIsSwappedHere() throws Exception {
        DeltaCodec d = v2("{\"id\":\"delta\",\"dtype\":\"<i4\",\"astype\":\">i4\"}");
        ChunkSpec spec = CodecTestData.spec(DataType.INT32, 2);
        byte[] enc = d.encode(ints(1, 3), spec);
        assertArrayEquals(new byte[] {0, 0, 0, 1, 0, 0, 0, 2}, enc);
        assertArrayEquals(ints(1, 3), d.decode(enc, spec));
        // Same order on both sides: the bytes codec does the swap, not delta.
        DeltaCodec big = v2("{\"id\":\"delta\",\"dtype\":\">i4\",\"astype\":\">i4\"}");
        assertArrayEquals(ints(1, 2), big.encode(ints(1, 3), spec));
    }

    @Test
    void badConfigurations() throws Exception {
        MetadataException missing = assertThrows(MetadataException.class, () -> v2("{\"id\":\"delta\"}"));
        assertEquals("test/zarr.json: /codecs/0/dtype: required field is missing", missing.getMessage());
        MetadataException bad = assertThrows(MetadataException.class,
                () -> v2("{\"id\":\"delta\",\"dtype\":\"int32\"}"));
        assertEquals("test/zarr.json: /codecs/0/dtype: expected a NumPy type string such as \"<i4\" or \"|u1\","
                + " found \"int32\"", bad.getMessage());
        MetadataException pair = assertThrows(MetadataException.class,
                () -> v2("{\"id\":\"delta\",\"dtype\":\"<f4\",\"astype\":\"<i2\"}"));
        assertEquals("test/zarr.json: /codecs/0: delta: dtype <f4 with astype <i2 is not supported (expected"
                + " integer types, or float32/float64 encoded as the same type)", pair.getMessage());
        var v3 = JSON.readTree("{\"name\":\"numcodecs.delta\",\"configuration\":{\"dtype\":\"|b1\"}}");
        MetadataException bool = assertThrows(MetadataException.class,
                () -> CodecRegistry.global().fromV3(v3, CodecTestData.context(DataType.BOOL)));
        assertEquals("test/zarr.json: /codecs/0/configuration: delta: dtype |b1 with astype |b1 is not supported"
                + " (expected integer types, or float32/float64 encoded as the same type)", bool.getMessage());
    }

    @Test
    void dataTypeMismatchAndLength() throws Exception {
        Codec d = v2("{\"id\":\"delta\",\"dtype\":\"<i4\"}");
        DeltaCodec delta = (DeltaCodec) d;
        MetadataException e = assertThrows(MetadataException.class,
                () -> delta.encodedSpec(CodecTestData.spec(DataType.UINT16, 4)));
        assertEquals("delta: dtype <i4 (int32) does not match the chunk's data type uint16", e.getMessage());
        CodecException c = assertThrows(CodecException.class,
                () -> delta.decode(new byte[7], CodecTestData.spec(DataType.INT32, 2)));
        assertEquals("delta: encoded chunk has 7 bytes, expected 8 (2 x int32)", c.getMessage());
    }
}
