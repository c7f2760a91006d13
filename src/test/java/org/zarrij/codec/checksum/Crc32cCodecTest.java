package org.zarrij.codec.checksum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.codec.CodecTestData;
import org.zarrij.dtype.DataType;

class Crc32cCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    /** CRC-32C's published check value for "123456789" is 0xE3069283, stored little-endian. */
    @Test
    void appendsTheLittleEndianChecksum() {
        byte[] enc = Crc32cCodec.standard().encode(CHECK);
        assertArrayEquals(new byte[] {(byte) 0x83, (byte) 0x92, 0x06, (byte) 0xe3},
                java.util.Arrays.copyOfRange(enc, 9, 13));
        assertArrayEquals(CHECK, java.util.Arrays.copyOf(enc, 9));
        assertArrayEquals(CHECK, Crc32cCodec.standard().decode(enc, 9));
        byte[] start = new Crc32cCodec(false).encode(CHECK);
        assertEquals((byte) 0x83, start[0]);
        assertArrayEquals(CHECK, new Crc32cCodec(false).decode(start, 9));
    }

    @Test
    void mismatchAndTruncation() {
        byte[] enc = Crc32cCodec.standard().encode(CHECK);
        enc[0] ^= 1;
        CodecException e = assertThrows(CodecException.class, () -> Crc32cCodec.standard().decode(enc, 100));
        assertEquals(String.format("crc32c: checksum mismatch: stored 0xe3069283, computed 0x%08x",
                (int) crc(enc, 9)), e.getMessage());
        CodecException t = assertThrows(CodecException.class, () -> Crc32cCodec.standard().decode(new byte[3], 100));
        assertEquals("crc32c: truncated data (3 bytes cannot hold the 4-byte checksum)", t.getMessage());
        CodecException big = assertThrows(CodecException.class,
                () -> Crc32cCodec.standard().decode(Crc32cCodec.standard().encode(CHECK), 8));
        assertEquals("crc32c: decoded data exceeds the expected 8 bytes", big.getMessage());
    }

    private static long crc(byte[] b, int n) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(b, 0, n);
        return c.getValue();
    }

    @Test
    void jsonForms() throws Exception {
        var ctx = CodecTestData.context(DataType.UINT8);
        assertEquals(Crc32cCodec.standard(), CodecRegistry.global().fromV3(JSON.readTree("\"crc32c\""), ctx));
        assertEquals(new Crc32cCodec(false), CodecRegistry.global().fromV3(JSON.readTree(
                "{\"name\":\"numcodecs.crc32c\",\"configuration\":{\"location\":\"start\"}}"), ctx));
        assertEquals(Crc32cCodec.standard(), CodecRegistry.global().fromV2(JSON.readTree("{\"id\":\"crc32c\"}"), ctx));
        assertEquals("{\"name\":\"crc32c\"}", Crc32cCodec.standard().toV3Json().toString());
        assertEquals("{\"id\":\"crc32c\"}", Crc32cCodec.standard().toV2Json().orElseThrow().toString());
        MetadataException e = assertThrows(MetadataException.class, () -> CodecRegistry.global().fromV3(
                JSON.readTree("{\"name\":\"crc32c\",\"configuration\":{\"location\":\"middle\"}}"), ctx));
        assertEquals("test/zarr.json: /codecs/0/configuration/location: expected one of [end, start], found \"middle\"",
                e.getMessage());
    }
}
