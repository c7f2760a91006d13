package org.zarrij.codec.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.zarrij.codec.compress.CompressorChecks.assertV3Error;

import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;

class ZlibCodecTest {

    @Test
    void configuration() throws Exception {
        assertEquals(new ZlibCodec(1), CompressorChecks.v2("{\"id\":\"zlib\"}"));
        assertEquals(new ZlibCodec(-1), CompressorChecks.v2("{\"id\":\"zlib\",\"level\":-1}"));
        assertEquals(new ZlibCodec(7), CompressorChecks.v3("{\"name\":\"numcodecs.zlib\",\"configuration\":{\"level\":7}}"));
        assertV3Error("{\"name\":\"numcodecs.zlib\",\"configuration\":{\"level\":10}}",
                "test/zarr.json: /codecs/0/configuration/level: expected an integer -1..9, found 10");
        assertEquals("{\"id\":\"zlib\",\"level\":1}", new ZlibCodec(1).toV2Json().orElseThrow().toString());
        assertEquals("{\"name\":\"numcodecs.zlib\",\"configuration\":{\"level\":1}}", new ZlibCodec(1).toV3Json().toString());
    }

    @Test
    void readsJavaZlibStreamsAndIgnoresTrailingBytesLikePython() {
        byte[] data = CompressorChecks.sample();
        Deflater d = new Deflater(3);
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[data.length * 2];
        int n = d.deflate(buf);
        d.end();
        byte[] withTail = java.util.Arrays.copyOf(buf, n + 3);
        assertArrayEquals(data, new ZlibCodec(1).decode(withTail, data.length));
    }

    @Test
    void oversizedOutputIsRefused() {
        byte[] zeros = new ZlibCodec(9).encode(new byte[100_000]);
        CodecException e = assertThrows(CodecException.class, () -> new ZlibCodec(9).decode(zeros, 99_999));
        assertEquals("zlib: decoded data exceeds the expected 99999 bytes", e.getMessage());
    }

    @Test
    void malformedInput() {
        CompressorChecks.assertMalformedInputFailsCleanly(new ZlibCodec(1), "zlib");
    }
}
