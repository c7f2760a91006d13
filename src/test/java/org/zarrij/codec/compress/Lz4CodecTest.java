package org.zarrij.codec.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;

class Lz4CodecTest {

    @Test
    void configuration() throws Exception {
        assertEquals(new Lz4Codec(1), CompressorChecks.v2("{\"id\":\"lz4\"}"));
        assertEquals(new Lz4Codec(5), CompressorChecks.v3("{\"name\":\"numcodecs.lz4\",\"configuration\":{\"acceleration\":5}}"));
        CompressorChecks.assertV3Error("{\"name\":\"numcodecs.lz4\",\"configuration\":{\"acceleration\":1.5}}",
                "test/zarr.json: /codecs/0/configuration/acceleration: expected an integer -2147483648..2147483647,"
                        + " found 1.5");
        assertEquals("{\"id\":\"lz4\",\"acceleration\":1}", new Lz4Codec(1).toV2Json().orElseThrow().toString());
    }

    @Test
    void framingIsALittleEndianSizeThenOneBlock() {
        byte[] enc = new Lz4Codec(1).encode(new byte[300]);
        assertArrayEquals(new byte[] {44, 1, 0, 0}, java.util.Arrays.copyOf(enc, 4));
    }

    @Test
    void claimedSizeBeyondTheLimitIsRefusedBeforeAllocating() {
        byte[] enc = new Lz4Codec(1).encode(new byte[300]);
        enc[3] = 0x7f; // claims ~2 GiB
        CodecException e = assertThrows(CodecException.class, () -> new Lz4Codec(1).decode(enc, 300));
        assertEquals("lz4: decoded data exceeds the expected 300 bytes", e.getMessage());
    }

    @Test
    void sizeHeaderMustMatchTheBlock() {
        byte[] enc = new Lz4Codec(1).encode(new byte[300]);
        enc[0] = 45; // one byte more than the block holds
        CodecException e = assertThrows(CodecException.class, () -> new Lz4Codec(1).decode(enc, 1000));
        assertEquals("lz4: the header announces 301 bytes, the block holds 300", e.getMessage());
    }

    @Test
    void malformedInput() {
        CompressorChecks.assertMalformedInputFailsCleanly(new Lz4Codec(1), "lz4");
    }
}
