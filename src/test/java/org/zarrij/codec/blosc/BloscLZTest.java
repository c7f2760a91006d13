package org.zarrij.codec.blosc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;

class BloscLZTest {

    private static byte[] roundTrip(byte[] data) {
        byte[] out = new byte[data.length + 10];
        int n = BloscLZ.compress(data, 0, data.length, out, 3, data.length - 1);
        if (n == 0) {
            return null;
        }
        byte[] back = new byte[data.length];
        assertEquals(data.length, BloscLZ.decompress(out, 3, n, back, 0, back.length));
        assertArrayEquals(data, back);
        return Arrays.copyOfRange(out, 3, 3 + n);
    }

    @Test
    void compressesRepetitiveDataOfManyShapes() {
        for (int len : new int[] {16, 17, 100, 1000, 8191, 8192, 8193, 70000, 200000}) {
            byte[] zeros = new byte[len];
            assertTrue(roundTrip(zeros).length < len / 8 + 10, "runs compress");
            roundTrip(TestData.compressible(len, 2, len));
            roundTrip(TestData.compressible(len, 4, len + 1));
        }
    }

    @Test
    void usesFarMatches() {
        // A random 10 KB pattern repeated: its copies are 10000 bytes apart, beyond the near distance.
        byte[] pattern = TestData.random(10000, 5);
        byte[] data = new byte[50000];
        for (int i = 0; i < data.length; i++) {
            data[i] = pattern[i % pattern.length];
        }
        byte[] c = roundTrip(data);
        assertTrue(c.length < 12000, "far matches found: " + c.length);
    }

    @Test
    void randomDataDoesNotCompress() {
        byte[] data = TestData.random(5000, 9);
        byte[] out = new byte[5000];
        assertEquals(0, BloscLZ.compress(data, 0, data.length, out, 0, data.length - 1));
    }

    @Test
    void decodesHandWrittenTokens() {
        byte[] stream = {
            (byte) (0x20 | 2), 'a', 'b', 'c', // literal run of 3, with c-blosc's marker bit in the first byte
            (byte) (3 << 5), 2,               // match: length 3 + 2 = 5, distance 2 + 1 = 3
            (byte) (7 << 5), 1, 0,            // match: length 9 + 1 = 10, distance 1 (a run)
            0, 'z'};                          // literal run of 1
        byte[] out = new byte[19];
        assertEquals(19, BloscLZ.decompress(stream, 0, stream.length, out, 0, out.length));
        assertEquals("abcabcabbbbbbbbbbbz", new String(out, StandardCharsets.ISO_8859_1));
    }

    @Test
    void decodesAFarMatch() {
        byte[] stream = new byte[9000];
        byte[] expected = new byte[8400];
        int ip = 0;
        int op = 0;
        // 8300 literal bytes in runs of 32 (and a last short one)
        java.util.Random r = new java.util.Random(1);
        for (int left = 8300; left > 0;) {
            int run = Math.min(32, left);
            stream[ip++] = (byte) (run - 1);
            for (int i = 0; i < run; i++) {
                byte b = (byte) r.nextInt();
                stream[ip++] = b;
                expected[op++] = b;
            }
            left -= run;
        }
        // far match: length 2 + 2 = 4 at distance 8192 + 100
        stream[ip++] = (byte) ((2 << 5) | 31);
        stream[ip++] = (byte) 255;
        stream[ip++] = 0;
        stream[ip++] = 100;
        for (int i = 0; i < 4; i++, op++) {
            expected[op] = expected[op - 8292];
        }
        stream[ip++] = 0;
        stream[ip++] = 'q';
        expected[op++] = 'q';
        byte[] out = new byte[op];
        assertEquals(op, BloscLZ.decompress(stream, 0, ip, out, 0, out.length));
        assertArrayEquals(Arrays.copyOf(expected, op), out);
    }

    @Test
    void rejectsCorruptStreams() {
        byte[] out = new byte[100];
        // match before the start of the output
        assertThrows(CodecException.class, () -> BloscLZ.decompress(new byte[] {0, 'a', (byte) (1 << 5), 5, 0, 'b'},
                0, 6, out, 0, out.length));
        // literal run past the end of the input
        assertThrows(CodecException.class, () -> BloscLZ.decompress(new byte[] {10, 'a'}, 0, 2, out, 0, out.length));
        // output larger than allowed
        assertThrows(CodecException.class, () -> BloscLZ.decompress(new byte[] {3, 1, 2, 3, 4}, 0, 5, out, 0, 3));
        // truncated match token
        assertThrows(CodecException.class, () -> BloscLZ.decompress(new byte[] {0, 'a', (byte) (7 << 5)}, 0, 3, out, 0,
                out.length));
        // extended length that never ends within the output
        byte[] longLen = new byte[20];
        longLen[0] = 0;
        longLen[1] = 'a';
        longLen[2] = (byte) (7 << 5);
        Arrays.fill(longLen, 3, 20, (byte) 255);
        assertThrows(CodecException.class, () -> BloscLZ.decompress(longLen, 0, longLen.length, out, 0, out.length));
        assertThrows(CodecException.class, () -> BloscLZ.decompress(new byte[0], 0, 0, out, 0, out.length));
    }
}
