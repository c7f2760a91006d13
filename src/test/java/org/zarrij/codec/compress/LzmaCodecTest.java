package org.zarrij.codec.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.UnknownExtensionException;

class LzmaCodecTest {
    private static final String PREFIX = "test/zarr.json: /codecs/0/configuration/";

    @Test
    void configuration() throws Exception {
        LzmaCodec dflt = (LzmaCodec) CompressorChecks.v2("{\"id\":\"lzma\"}");
        assertEquals(new LzmaCodec(1, -1, null), dflt);
        assertEquals("{\"id\":\"lzma\",\"format\":1,\"check\":-1,\"preset\":null,\"filters\":null}",
                dflt.toV2Json().orElseThrow().toString());
        assertEquals(new LzmaCodec(2, -1, 2147483657L),
                CompressorChecks.v2("{\"id\":\"lzma\",\"format\":2,\"preset\":2147483657}"));
        CompressorChecks.assertV3Error("{\"name\":\"numcodecs.lzma\",\"configuration\":{\"check\":3}}",
                PREFIX + "check: expected -1, 0 (none), 1 (CRC32), 4 (CRC64) or 10 (SHA-256), found 3");
        CompressorChecks.assertV3Error("{\"name\":\"numcodecs.lzma\",\"configuration\":{\"preset\":10}}",
                PREFIX + "preset: expected null or an integer 0..9 (optionally | PRESET_EXTREME 0x80000000), found 10");
        CompressorChecks.assertV3Error("{\"name\":\"numcodecs.lzma\",\"configuration\":{\"format\":2,\"check\":4}}",
                PREFIX + "check: the .lzma format (format 2) has no integrity check, expected -1 or 0, found 4");
        UnknownExtensionException raw = assertThrows(UnknownExtensionException.class, () -> CompressorChecks.v3(
                "{\"name\":\"numcodecs.lzma\",\"configuration\":{\"format\":3}}"));
        assertTrue(raw.getMessage().startsWith(PREFIX + "format: lzma FORMAT_RAW (3) is not supported"));
        UnknownExtensionException filters = assertThrows(UnknownExtensionException.class, () -> CompressorChecks.v3(
                "{\"name\":\"numcodecs.lzma\",\"configuration\":{\"filters\":[{\"id\":33}]}}"));
        assertEquals(PREFIX + "filters: custom lzma filter chains are not supported, expected null, found [{\"id\":33}]",
                filters.getMessage());
    }

    @Test
    void everyFormatAndCheckRoundTrips() {
        byte[] data = CompressorChecks.sample();
        for (LzmaCodec c : new LzmaCodec[] {new LzmaCodec(1, 0, 0L), new LzmaCodec(1, 1, null),
                new LzmaCodec(1, 10, 1L), new LzmaCodec(2, -1, null), new LzmaCodec(0, -1, 3L)}) {
            assertArrayEquals(data, c.decode(c.encode(data), data.length), c.toString());
        }
        byte[] alone = new LzmaCodec(2, -1, 1L).encode(data);
        byte[] xz = new LzmaCodec(1, -1, 1L).encode(data);
        LzmaCodec auto = new LzmaCodec(0, -1, null);
        assertArrayEquals(data, auto.decode(alone, data.length));
        assertArrayEquals(data, auto.decode(xz, data.length));
        assertThrows(CodecException.class, () -> new LzmaCodec(1, -1, null).decode(alone, data.length));
    }

    @Test
    void hugeDictionaryClaimIsRefused() {
        // .lzma header: properties byte, 4-byte dictionary size, 8-byte size (unknown), then data.
        byte[] header = {0x5d, 0, 0, 0, 0x40, -1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0}; // 1 GiB
        CodecException e = assertThrows(CodecException.class, () -> new LzmaCodec(2, -1, null).decode(header, 1000));
        assertTrue(e.getMessage().startsWith("lzma: the stream needs"), e.getMessage());
    }

    @Test
    void oversizedOutputIsRefused() {
        byte[] enc = new LzmaCodec(1, -1, null).encode(new byte[100_000]);
        CodecException e = assertThrows(CodecException.class, () -> new LzmaCodec(1, -1, null).decode(enc, 5));
        assertEquals("lzma: decoded data exceeds the expected 5 bytes", e.getMessage());
    }

    @Test
    void malformedInput() {
        CompressorChecks.assertMalformedInputFailsCleanly(new LzmaCodec(1, -1, 1L), "lzma");
        CompressorChecks.assertMalformedInputFailsCleanly(new LzmaCodec(2, -1, 1L), "lzma");
    }
}
