package org.zarrij.codec.blosc;

/**
 * Blosc's bit shuffle of one block, as c-blosc 1.x does it: when the block holds a multiple of 8 elements,
 * bit {@code k} of byte {@code b} of every element goes to bit row {@code 8b + k} (one bit per element,
 * element {@code e} at bit {@code e % 8} of byte {@code e / 8} of the row) and the trailing bytes that do not
 * form an element are copied unchanged; otherwise the whole block is copied unchanged.
 */
final class BitShuffle {
    private BitShuffle() {
    }

    static void shuffle(int typesize, int size, byte[] src, int srcOff, byte[] dst, int dstOff) {
        int n = size / typesize;
        if (n % 8 != 0) {
            System.arraycopy(src, srcOff, dst, dstOff, size);
            return;
        }
        int rowBytes = n / 8;
        for (int b = 0; b < typesize; b++) {
            int rows = dstOff + 8 * b * rowBytes;
            for (int g = 0; g < rowBytes; g++) {
                int s = srcOff + 8 * g * typesize + b;
                long x = 0;
                for (int m = 0; m < 8; m++) {
                    x |= (src[s + m * typesize] & 0xFFL) << (8 * m);
                }
                x = transpose8x8(x);
                for (int k = 0; k < 8; k++) {
                    dst[rows + k * rowBytes + g] = (byte) (x >>> (8 * k));
                }
            }
        }
        int done = n * typesize;
        System.arraycopy(src, srcOff + done, dst, dstOff + done, size - done);
    }

    static void unshuffle(int typesize, int size, byte[] src, int srcOff, byte[] dst, int dstOff) {
        int n = size / typesize;
        if (n % 8 != 0) {
            System.arraycopy(src, srcOff, dst, dstOff, size);
            return;
        }
        int rowBytes = n / 8;
        for (int b = 0; b < typesize; b++) {
            int rows = srcOff + 8 * b * rowBytes;
            for (int g = 0; g < rowBytes; g++) {
                long x = 0;
                for (int k = 0; k < 8; k++) {
                    x |= (src[rows + k * rowBytes + g] & 0xFFL) << (8 * k);
                }
                x = transpose8x8(x);
                int d = dstOff + 8 * g * typesize + b;
                for (int m = 0; m < 8; m++) {
                    dst[d + m * typesize] = (byte) (x >>> (8 * m));
                }
            }
        }
        int done = n * typesize;
        System.arraycopy(src, srcOff + done, dst, dstOff + done, size - done);
    }

    /** Transposes an 8x8 bit matrix (byte r = row r, bit c = column c): bit 8r+c moves to bit 8c+r. */
    static long transpose8x8(long x) {
        long t = (x ^ (x >>> 7)) & 0x00AA00AA00AA00AAL;
        x ^= t ^ (t << 7);
        t = (x ^ (x >>> 14)) & 0x0000CCCC0000CCCCL;
        x ^= t ^ (t << 14);
        t = (x ^ (x >>> 28)) & 0x00000000F0F0F0F0L;
        x ^= t ^ (t << 28);
        return x;
    }
}
