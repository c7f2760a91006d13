package org.zarrij.codec.blosc;

/**
 * Blosc's byte shuffle of one block: the block's {@code size / typesize} elements are split into
 * {@code typesize} planes (all first bytes, then all second bytes, ...); the {@code size % typesize}
 * trailing bytes that do not form an element are copied unchanged after the planes.
 */
final class ByteShuffle {
    private ByteShuffle() {
    }

    static void shuffle(int typesize, int size, byte[] src, int srcOff, byte[] dst, int dstOff) {
        int n = size / typesize;
        for (int j = 0; j < typesize; j++) {
            int d = dstOff + j * n;
            int s = srcOff + j;
            for (int i = 0; i < n; i++, s += typesize) {
                dst[d + i] = src[s];
            }
        }
        int done = n * typesize;
        System.arraycopy(src, srcOff + done, dst, dstOff + done, size - done);
    }

    static void unshuffle(int typesize, int size, byte[] src, int srcOff, byte[] dst, int dstOff) {
        int n = size / typesize;
        switch (typesize) {
            case 2 -> unshuffle2(n, src, srcOff, dst, dstOff);
            case 4 -> unshuffle4(n, src, srcOff, dst, dstOff);
            case 8 -> unshuffle8(n, src, srcOff, dst, dstOff);
            default -> unshuffleAny(typesize, n, src, srcOff, dst, dstOff);
        }
        int done = n * typesize;
        System.arraycopy(src, srcOff + done, dst, dstOff + done, size - done);
    }

    // The fixed-size variants let the JIT keep every plane pointer in a register (the main benchmark is uint16).
    private static void unshuffle2(int n, byte[] src, int s0, byte[] dst, int d) {
        int s1 = s0 + n;
        for (int i = 0; i < n; i++) {
            dst[d] = src[s0 + i];
            dst[d + 1] = src[s1 + i];
            d += 2;
        }
    }

    private static void unshuffle4(int n, byte[] src, int s0, byte[] dst, int d) {
        int s1 = s0 + n;
        int s2 = s1 + n;
        int s3 = s2 + n;
        for (int i = 0; i < n; i++) {
            dst[d] = src[s0 + i];
            dst[d + 1] = src[s1 + i];
            dst[d + 2] = src[s2 + i];
            dst[d + 3] = src[s3 + i];
            d += 4;
        }
    }

    private static void unshuffle8(int n, byte[] src, int s0, byte[] dst, int d) {
        for (int i = 0; i < n; i++) {
            int s = s0 + i;
            dst[d] = src[s];
            dst[d + 1] = src[s + n];
            dst[d + 2] = src[s + 2 * n];
            dst[d + 3] = src[s + 3 * n];
            dst[d + 4] = src[s + 4 * n];
            dst[d + 5] = src[s + 5 * n];
            dst[d + 6] = src[s + 6 * n];
            dst[d + 7] = src[s + 7 * n];
            d += 8;
        }
    }

    private static void unshuffleAny(int typesize, int n, byte[] src, int srcOff, byte[] dst, int dstOff) {
        for (int j = 0; j < typesize; j++) {
            int s = srcOff + j * n;
            int d = dstOff + j;
            for (int i = 0; i < n; i++, d += typesize) {
                dst[d] = src[s + i];
            }
        }
    }
}
