package org.zarrij.codec.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zarrij.codec.compress.CompressorChecks.assertV3Error;

import java.io.ByteArrayOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;

class GzipCodecTest {

    @Test
    void configuration() throws Exception {
        assertEquals(new GzipCodec(5), CompressorChecks.v3("{\"name\":\"gzip\"}"));
        assertEquals(new GzipCodec(9), CompressorChecks.v3("{\"name\":\"gzip\",\"configuration\":{\"level\":9}}"));
        assertEquals(new GzipCodec(1), CompressorChecks.v2("{\"id\":\"gzip\"}"));
        assertV3Error("{\"name\":\"gzip\",\"configuration\":{\"level\":12}}",
                "test/zarr.json: /codecs/0/configuration/level: expected an integer 0..9, found 12");
        assertV3Error("{\"name\":\"gzip\",\"configuration\":{\"level\":\"1\"}}",
                "test/zarr.json: /codecs/0/configuration/level: expected an integer 0..9, found \"1\"");
        assertV3Error("{\"name\":\"gzip\",\"configuration\":[1]}",
                "test/zarr.json: /codecs/0/configuration: expected a configuration object, found [1]");
        assertEquals("{\"id\":\"gzip\",\"level\":3}", new GzipCodec(3).toV2Json().orElseThrow().toString());
        assertEquals("{\"name\":\"gzip\",\"configuration\":{\"level\":3}}", new GzipCodec(3).toV3Json().toString());
    }

    @Test
    void readsWhatJavaGzipWritesIncludingSeveralMembersAndPadding() throws Exception {
        byte[] a = CompressorChecks.sample();
        byte[] b = "second member".getBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : new byte[][] {a, b}) {
            GZIPOutputStream gz = new GZIPOutputStream(out);
            gz.write(part);
            gz.finish();
        }
        out.write(new byte[3]);
        byte[] decoded = new GzipCodec(1).decode(out.toByteArray(), a.length + b.length);
        assertEquals(a.length + b.length, decoded.length);
        assertArrayEquals(b, java.util.Arrays.copyOfRange(decoded, a.length, decoded.length));
    }

    @Test
    void readsOptionalHeaderFields() {
        byte[] plain = new GzipCodec(6).encode("hello".getBytes());
        // Insert FEXTRA (2 bytes), FNAME and FCOMMENT after the fixed header.
        byte[] extra = {2, 0, 'x', 'y', 'n', 'a', 'm', 'e', 0, 'c', 0};
        byte[] withFields = new byte[plain.length + extra.length];
        System.arraycopy(plain, 0, withFields, 0, 10);
        System.arraycopy(extra, 0, withFields, 10, extra.length);
        System.arraycopy(plain, 10, withFields, 10 + extra.length, plain.length - 10);
        withFields[3] = 4 | 8 | 16;
        assertArrayEquals("hello".getBytes(), new GzipCodec(6).decode(withFields, 5));
    }

    @Test
    void checksumAndLengthMismatch() {
        GzipCodec gz = new GzipCodec(6);
        byte[] enc = gz.encode("hello".getBytes());
        byte[] badCrc = enc.clone();
        badCrc[enc.length - 8] ^= 1;
        CodecException e = assertThrows(CodecException.class, () -> gz.decode(badCrc, 5));
        assertTrue(e.getMessage().startsWith("gzip: checksum mismatch: stored 0x"), e.getMessage());
        byte[] badSize = enc.clone();
        badSize[enc.length - 4] ^= 1;
        assertThrows(CodecException.class, () -> gz.decode(badSize, 5));
        byte[] badMagic = enc.clone();
        badMagic[0] = 0x1e;
        CodecException m = assertThrows(CodecException.class, () -> gz.decode(badMagic, 5));
        assertEquals("gzip: not a gzip stream (bad magic bytes at offset 0)", m.getMessage());
    }

    @Test
    void oversizedOutputIsRefused() {
        byte[] zeros = new GzipCodec(9).encode(new byte[1 << 20]);
        CodecException e = assertThrows(CodecException.class, () -> new GzipCodec(9).decode(zeros, 1000));
        assertEquals("gzip: decoded data exceeds the expected 1000 bytes", e.getMessage());
    }

    @Test
    void malformedInput() {
        CompressorChecks.assertMalformedInputFailsCleanly(new GzipCodec(5), "gzip");
    }
}
