package org.zarrij.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.bytes.BytesCodec;
import org.zarrij.codec.checksum.Crc32cCodec;
import org.zarrij.codec.compress.GzipCodec;
import org.zarrij.codec.transform.TransposeCodec;
import org.zarrij.dtype.DataType;

class CodecChainTest {
    private static final String WHERE = "a/zarr.json: /codecs";
    private final ChunkSpec spec = CodecTestData.spec(DataType.INT32, 4, 5, 6);

    @Test
    void arrayToArrayAfterArrayToBytesIsAnError() {
        MetadataException e = assertThrows(MetadataException.class, () -> new CodecChain(
                List.of(BytesCodec.LITTLE, new TransposeCodec(new int[] {2, 1, 0})), spec, WHERE));
        assertEquals("a/zarr.json: /codecs/1: array-to-array codec 'transpose' must come before the"
                + " array-to-bytes codec 'bytes'", e.getMessage());
    }

    @Test
    void twoArrayToBytesCodecsAreAnError() {
        MetadataException e = assertThrows(MetadataException.class,
                () -> new CodecChain(List.of(BytesCodec.LITTLE, BytesCodec.BIG), spec, WHERE));
        assertTrue(e.getMessage().startsWith("a/zarr.json: /codecs/1: only one array-to-bytes codec"), e.getMessage());
    }

    @Test
    void noArrayToBytesCodecIsAnError() {
        MetadataException e = assertThrows(MetadataException.class,
                () -> new CodecChain(List.of(new TransposeCodec(new int[] {0, 1, 2})), spec, WHERE));
        assertTrue(e.getMessage().contains("expected exactly one array-to-bytes codec"), e.getMessage());
        MetadataException first = assertThrows(MetadataException.class,
                () -> new CodecChain(List.of(new GzipCodec(1), BytesCodec.LITTLE), spec, WHERE));
        assertTrue(first.getMessage().contains("/codecs/0: bytes-to-bytes codec 'gzip' must come after"),
                first.getMessage());
    }

    @Test
    void transposeWithTheWrongRankFailsWhenTheChainIsBuilt() {
        MetadataException e = assertThrows(MetadataException.class, () -> new CodecChain(
                List.of(new TransposeCodec(new int[] {1, 0}), BytesCodec.LITTLE), spec, WHERE));
        assertEquals(WHERE + ": transpose: order [1, 0] has 2 entries, but the chunk has 3 dimensions", e.getMessage());
    }

    @Test
    void transposeBigEndianGzipCrc32cRoundTrip() throws Exception {
        List<Codec> codecs = List.of(new TransposeCodec(new int[] {2, 0, 1}), BytesCodec.BIG, new GzipCodec(6),
                Crc32cCodec.standard());
        CodecChain chain = new CodecChain(codecs, spec, WHERE);
        byte[] chunk = CodecTestData.ramp((int) spec.numElements(), DataType.INT32, 1);
        byte[] stored = chain.encode(chunk);
        assertArrayEquals(chunk, chain.decode(stored));

        // Peel the stages by hand: the stored form is a big-endian, transposed (6, 4, 5) array.
        byte[] unchecked = Crc32cCodec.standard().decode(stored, Long.MAX_VALUE);
        byte[] raw = new GzipCodec(6).decode(unchecked, spec.byteSize());
        java.nio.ByteBuffer big = java.nio.ByteBuffer.wrap(raw);
        java.nio.ByteBuffer little = java.nio.ByteBuffer.wrap(chunk).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < 6; k++) {
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 5; j++) {
                    assertEquals(little.getInt(4 * ((i * 5 + j) * 6 + k)), big.getInt(4 * ((k * 4 + i) * 5 + j)));
                }
            }
        }

        // The chain's JSON rebuilds the same chain.
        var json = chain.toV3Json();
        var again = new java.util.ArrayList<Codec>();
        for (int i = 0; i < json.size(); i++) {
            again.add(CodecRegistry.global().fromV3(json.get(i), CodecTestData.context(DataType.INT32)));
        }
        assertEquals(codecs, again);
        assertEquals(new ObjectMapper().readTree("[{\"name\":\"transpose\",\"configuration\":{\"order\":[2,0,1]}},"
                + "{\"name\":\"bytes\",\"configuration\":{\"endian\":\"big\"}},"
                + "{\"name\":\"gzip\",\"configuration\":{\"level\":6}},{\"name\":\"crc32c\"}]"), json);

        // A flipped bit is caught by the checksum, naming it.
        stored[stored.length / 2] ^= 4;
        CodecException e = assertThrows(CodecException.class, () -> chain.decode(stored));
        assertTrue(e.getMessage().startsWith("crc32c: checksum mismatch: stored 0x"), e.getMessage());
    }

    @Test
    void oversizedDataInTheMiddleOfTheChainIsRefused() {
        CodecChain chain = new CodecChain(List.of(BytesCodec.LITTLE, new GzipCodec(1)), spec, WHERE);
        byte[] tooLong = new GzipCodec(1).encode(new byte[(int) spec.byteSize() + 1]);
        CodecException e = assertThrows(CodecException.class, () -> chain.decode(tooLong));
        assertEquals("gzip: decoded data exceeds the expected " + spec.byteSize() + " bytes", e.getMessage());
        byte[] tooShort = new GzipCodec(1).encode(new byte[(int) spec.byteSize() - 4]);
        CodecException s = assertThrows(CodecException.class, () -> chain.decode(tooShort));
        assertTrue(s.getMessage().startsWith("bytes: stored data has " + (spec.byteSize() - 4) + " bytes"),
                s.getMessage());
    }
}
