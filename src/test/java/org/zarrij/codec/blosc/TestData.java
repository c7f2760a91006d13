package org.zarrij.codec.blosc;

import java.util.Random;

/** Deterministic test inputs: compressible (smooth, repetitive) and incompressible (random) bytes. */
final class TestData {
    private TestData() {
    }

    /** Slowly varying little-endian numbers of {@code typesize} bytes with some noise: compresses well. */
    static byte[] compressible(int length, int typesize, long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[length];
        long value = 1000;
        for (int i = 0; i < length; i += typesize) {
            value += r.nextInt(7) - 3;
            long v = value;
            for (int k = 0; k < typesize && i + k < length; k++, v >>= 8) {
                b[i + k] = (byte) v;
            }
            if (r.nextInt(50) == 0) {
                b[i] = (byte) r.nextInt();
            }
        }
        return b;
    }

    static byte[] random(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }
}
