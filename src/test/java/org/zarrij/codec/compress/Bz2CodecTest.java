package org.zarrij.codec.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;

class Bz2CodecTest {

    @Test
    void configuration() throws Exception {
        assertEquals(new Bz2Codec(1), CompressorChecks.v2("{\"id\":\"bz2\"}"));
        assertEquals(new Bz2Codec(9), CompressorChecks.v3("{\"name\":\"numcodecs.bz2\",\"configuration\":{\"level\":9}}"));
        CompressorChecks.assertV3Error("{\"name\":\"numcodecs.bz2\",\"configuration\":{\"level\":0}}",
                "test/zarr.json: /codecs/0/configuration/level: expected an integer 1..9, found 0");
        assertEquals("{\"id\":\"bz2\",\"level\":9}", new Bz2Codec(9).toV2Json().orElseThrow().toString());
    }

    @Test
    void concatenatedStreams() {
        Bz2Codec bz = new Bz2Codec(1);
        byte[] a = bz.encode("one ".getBytes());
        byte[] b = bz.encode("two".getBytes());
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        assertArrayEquals("one two".getBytes(), bz.decode(both, 7));
    }

    @Test
    void oversizedOutputIsRefused() {
        byte[] enc = new Bz2Codec(9).encode(new byte[200_000]);
        CodecException e = assertThrows(CodecException.class, () -> new Bz2Codec(9).decode(enc, 199_999));
        assertEquals("bz2: decoded data exceeds the expected 199999 bytes", e.getMessage());
    }

    @Test
    void malformedInput() {
        CompressorChecks.assertMalformedInputFailsCleanly(new Bz2Codec(5), "bz2");
    }
}
