package org.zarrij.codec.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Random;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.BytesToBytesCodec;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.codec.CodecTestData;
import org.zarrij.dtype.DataType;

/** Checks shared by the compressor tests: malformed input must give a CodecException naming the codec. */
final class CompressorChecks {
    static final ObjectMapper JSON = new ObjectMapper();

    private CompressorChecks() {
    }

    static byte[] sample() {
        return CodecTestData.ramp(20_000, DataType.INT32, 5);
    }

    static Codec v3(String json) throws Exception {
        return CodecRegistry.global().fromV3(JSON.readTree(json), CodecTestData.context(DataType.INT32));
    }

    static Codec v2(String json) throws Exception {
        return CodecRegistry.global().fromV2(JSON.readTree(json), CodecTestData.context(DataType.INT32));
    }

    static void assertV3Error(String json, String message) throws Exception {
        JsonNode entry = JSON.readTree(json);
        MetadataException e = assertThrows(MetadataException.class,
                () -> CodecRegistry.global().fromV3(entry, CodecTestData.context(DataType.INT32)));
        assertEquals(message, e.getMessage());
    }

    static void assertFails(BytesToBytesCodec codec, byte[] data, String prefix) {
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(data, 1 << 20));
        assertTrue(e.getMessage().startsWith(prefix + ": "), e.getMessage());
    }

    /** Truncations and garbage fail cleanly; random corruption either fails cleanly or stays bounded. */
    static void assertMalformedInputFailsCleanly(BytesToBytesCodec codec, String prefix) {
        byte[] data = sample();
        byte[] enc = codec.encode(data);
        assertArrayEquals(data, codec.decode(enc, data.length));
        for (int cut : new int[] {0, 1, 3, enc.length / 2, enc.length - 1}) {
            assertFails(codec, Arrays.copyOf(enc, cut), prefix);
        }
        assertFails(codec, CodecTestData.random(1000, 1), prefix);
        Random r = new Random(9);
        for (int trial = 0; trial < 50; trial++) {
            byte[] bad = enc.clone();
            for (int k = 0; k < 1 + r.nextInt(4); k++) {
                bad[r.nextInt(bad.length)] ^= (byte) (1 + r.nextInt(255));
            }
            try {
                byte[] out = codec.decode(bad, data.length);
                assertTrue(out.length <= data.length);
            } catch (CodecException e) {
                assertTrue(e.getMessage().startsWith(prefix + ": "), e.getMessage());
            } catch (RuntimeException e) {
                fail("corrupt input gave " + e, e);
            }
        }
    }
}
