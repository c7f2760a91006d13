package org.zarrij.codec.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;

/** Our LZ4 block decoder against blocks written by lz4-java (the same format c-blosc's lz4 writes). */
class Lz4BlockDecoderTest {
    private static final LZ4Factory LZ4 = LZ4Factory.fastestJavaInstance();

    private static byte[] patterned(int length, int period, long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = i >= period && r.nextInt(20) != 0 ? b[i - period] : (byte) r.nextInt(4);
        }
        return b;
    }

    @Test
    void decodesWhatLz4JavaWrites() {
        for (LZ4Compressor c : new LZ4Compressor[] {LZ4.fastCompressor(), LZ4.highCompressor(9)}) {
            for (int length : new int[] {0, 1, 5, 15, 16, 17, 31, 32, 33, 100, 1000, 70_000}) {
                for (int period : new int[] {1, 2, 3, 7, 8, 9, 100, 70_000}) {
                    byte[] data = patterned(length, period, length * 31L + period);
                    byte[] block = new byte[c.maxCompressedLength(length) + 8];
                    int n = c.compress(data, 0, length, block, 5);
                    byte[] out = new byte[length + 10];
                    Arrays.fill(out, (byte) 0x55);
                    if (length == 0) {
                        // lz4 encodes nothing as a single zero token
                        assertEquals(0, Lz4BlockDecoder.decompress(block, 5, n, out, 3, 0));
                        continue;
                    }
                    assertEquals(length, Lz4BlockDecoder.decompress(block, 5, n, out, 3, length));
                    assertArrayEquals(data, Arrays.copyOfRange(out, 3, 3 + length), length + "/" + period);
                    assertEquals(0x55, out[3 + length] & 0xFF, "nothing written past the output range");
                    assertEquals(0x55, out[2] & 0xFF, "nothing written before the output range");
                }
            }
        }
    }

    @Test
    void randomCorruptionGivesOnlyCodecExceptions() {
        Random r = new Random(42);
        byte[] data = patterned(20_000, 7, 1);
        LZ4Compressor c = LZ4.fastCompressor();
        byte[] block = c.compress(data);
        byte[] out = new byte[data.length];
        for (int t = 0; t < 3000; t++) {
            byte[] bad = block.clone();
            for (int k = 0; k <= r.nextInt(4); k++) {
                bad[r.nextInt(bad.length)] = (byte) r.nextInt();
            }
            int len = r.nextInt(4) == 0 ? r.nextInt(bad.length + 1) : bad.length;
            try {
                Lz4BlockDecoder.decompress(bad, 0, len, out, 0, out.length);
            } catch (CodecException expected) {
                // fine: a clear error
            }
        }
        assertThrows(CodecException.class, () -> Lz4BlockDecoder.decompress(block, 0, 0, out, 0, out.length));
        // output bound smaller than the data
        assertThrows(CodecException.class, () -> Lz4BlockDecoder.decompress(block, 0, block.length, out, 0, 100));
        // a match reaching before the start of the output: literal 'a', then offset 2
        assertThrows(CodecException.class, () -> Lz4BlockDecoder.decompress(new byte[] {0x10, 'a', 2, 0, 0x10, 'b'},
                0, 6, out, 0, out.length));
        // offset 0 is invalid
        assertThrows(CodecException.class, () -> Lz4BlockDecoder.decompress(new byte[] {0x10, 'a', 0, 0, 0x10, 'b'},
                0, 6, out, 0, out.length));
    }
}
