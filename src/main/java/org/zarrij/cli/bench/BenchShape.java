package org.zarrij.cli.bench;

/** The benchmark array's shape for a size: whole 64^3 chunks, 1024x512x512 (z, y, x) at 512 MiB. */
final class BenchShape {
    static final int CHUNK = 64;
    static final int MAX_MIB = 1024;

    private BenchShape() {
    }

    /**
     * Starts from one chunk (64^3 uint16 = 0.5 MiB) and doubles z, y, x in turn, so every size is a whole
     * number of chunks and 512 MiB gives 1024x512x512.
     */
    static long[] forMib(int sizeMib) {
        if (sizeMib < 1 || sizeMib > MAX_MIB || Integer.bitCount(sizeMib) != 1) {
            throw new IllegalArgumentException("--size-mib: expected a power of two from 1 to " + MAX_MIB
                    + " (so the array is whole 64^3 chunks), found " + sizeMib);
        }
        long[] shape = {CHUNK, CHUNK, CHUNK};
        long elements = (long) sizeMib * 1024 * 1024 / 2;
        for (int d = 0; shape[0] * shape[1] * shape[2] < elements; d = (d + 1) % 3) {
            shape[d] *= 2;
        }
        return shape;
    }

    static String describe(long[] shape) {
        return shape[0] + "x" + shape[1] + "x" + shape[2];
    }
}
