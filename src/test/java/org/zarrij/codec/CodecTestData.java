package org.zarrij.codec;

import java.util.Random;
import org.zarrij.dtype.DataType;

/** Test inputs: random bytes (incompressible) and smooth ramps (compressible). */
public final class CodecTestData {
    private CodecTestData() {
    }

    public static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Little-endian elements 0, 1, 2, ... of {@code type}'s width, with some noise in the low byte. */
    public static byte[] ramp(int elements, DataType type, long seed) {
        Random r = new Random(seed);
        int size = type.itemSize();
        byte[] b = new byte[elements * size];
        for (int i = 0; i < elements; i++) {
            long v = i / 3 + (r.nextInt(4));
            for (int k = 0; k < size && k < 8; k++) {
                b[i * size + k] = (byte) (v >>> (8 * k));
            }
        }
        return b;
    }

    public static ChunkSpec spec(DataType type, int... shape) {
        return new ChunkSpec(shape, type, null);
    }

    public static CodecContext context(DataType type) {
        return new CodecContext(type, "test/zarr.json: /codecs/0");
    }
}
