package org.zarrij.codec.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zarrij.codec.compress.CompressorChecks.assertV3Error;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;

class ZstdCodecTest {

    @Test
    void configuration() throws Exception {
        assertEquals(new ZstdCodec(0, false), CompressorChecks.v3("{\"name\":\"zstd\"}"));
        assertEquals(new ZstdCodec(-7, true),
                CompressorChecks.v3("{\"name\":\"zstd\",\"configuration\":{\"level\":-7,\"checksum\":true}}"));
        assertEquals(new ZstdCodec(1, false), CompressorChecks.v2("{\"id\":\"zstd\"}"));
        assertV3Error("{\"name\":\"zstd\",\"configuration\":{\"level\":23}}",
                "test/zarr.json: /codecs/0/configuration/level: expected an integer -131072..22, found 23");
        assertV3Error("{\"name\":\"zstd\",\"configuration\":{\"level\":3,\"checksum\":1}}",
                "test/zarr.json: /codecs/0/configuration/checksum: expected true or false, found 1");
        assertEquals("{\"id\":\"zstd\",\"level\":1}", new ZstdCodec(1, false).toV2Json().orElseThrow().toString());
        assertEquals("{\"name\":\"zstd\",\"configuration\":{\"level\":1,\"checksum\":false}}",
                new ZstdCodec(1, false).toV3Json().toString());
    }

    @Test
    void decodesStreamingFramesWithoutContentSize() throws Exception {
        byte[] data = CompressorChecks.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZstdOutputStreamNoFinalizer z = new ZstdOutputStreamNoFinalizer(out)) {
            z.write(data, 0, 1000);
            z.flush();
            z.write(data, 1000, data.length - 1000);
        }
        byte[] stream = out.toByteArray();
        assertThrows(Exception.class, () -> Zstd.getFrameContentSize(stream, 0, stream.length),
                "the test needs a frame without a content size");
        ZstdCodec codec = new ZstdCodec(3, false);
        assertArrayEquals(data, codec.decode(stream, data.length));
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(stream, data.length - 1));
        assertEquals("zstd: decoded data exceeds the expected " + (data.length - 1) + " bytes", e.getMessage());
    }

    @Test
    void decodesConcatenatedFrames() {
        ZstdCodec codec = new ZstdCodec(3, true);
        byte[] a = codec.encode("first,".getBytes());
        byte[] b = codec.encode("second".getBytes());
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        assertArrayEquals("first,second".getBytes(), codec.decode(both, 100));
    }

    @Test
    void claimedContentSizeBeyondTheLimitIsRefusedBeforeAllocating() {
        byte[] enc = new ZstdCodec(19, false).encode(new byte[10_000_000]);
        assertTrue(enc.length < 2000);
        CodecException e = assertThrows(CodecException.class, () -> new ZstdCodec(1, false).decode(enc, 4096));
        assertEquals("zstd: decoded data exceeds the expected 4096 bytes", e.getMessage());
    }

    @Test
    void checksumDetectsCorruption() {
        ZstdCodec codec = new ZstdCodec(3, true);
        byte[] enc = codec.encode(CompressorChecks.sample());
        enc[enc.length - 1] ^= 1; // inside the 4-byte content checksum
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(enc, 1 << 20));
        assertTrue(e.getMessage().startsWith("zstd: corrupt"), e.getMessage());
    }

    @Test
    void malformedInput() {
        CompressorChecks.assertMalformedInputFailsCleanly(new ZstdCodec(3, false), "zstd");
    }
}
