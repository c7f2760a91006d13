package org.zarrij.codec.transform;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Gathers an N-d strided view of one array into a dense C-order array: the copy behind transpose.
 * Size-1 dimensions are dropped and dimensions that stay contiguous are merged, so most copies become
 * 2-D; two dimensions at a time are copied in cache-sized tiles with one tight loop per element size.
 */
final class StridedCopy {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.nativeOrder());
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final int TILE = 32;

    private StridedCopy() {
    }

    /**
     * Sets {@code dst} (dense, C order over {@code shape}) to the elements of {@code src} found at
     * {@code sum(index[k] * strides[k])} (element units); elements are {@code size} bytes.
     */
    static void gather(byte[] src, byte[] dst, int[] shape, int[] strides, int size) {
        int[] n = new int[shape.length];
        int[] s = new int[shape.length];
        int rank = 0;
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == 0) {
                return;
            }
            if (shape[k] == 1) {
                continue;
            }
            if (rank > 0 && s[rank - 1] == (long) strides[k] * shape[k]) {
                n[rank - 1] *= shape[k]; // the previous dimension steps over this one exactly: merge
                s[rank - 1] = strides[k];
            } else {
                n[rank] = shape[k];
                s[rank] = strides[k];
                rank++;
            }
        }
        if (rank == 0) {
            System.arraycopy(src, 0, dst, 0, size);
            return;
        }
        if (rank == 1) {
            copy2d(src, 0, 0, s[0] * size, dst, 0, 0, 1, n[0], size);
            return;
        }
        // The kernel takes the destination's last dimension (contiguous writes) and the dimension read
        // most contiguously from the source, so that a tile reuses the cache lines it loads; an odometer
        // walks the other dimensions.
        int[] d = new int[rank];
        d[rank - 1] = 1;
        for (int k = rank - 2; k >= 0; k--) {
            d[k] = d[k + 1] * n[k + 1];
        }
        int b = rank - 1;
        int a = 0;
        for (int k = 1; k < b; k++) {
            if (s[k] < s[a]) {
                a = k;
            }
        }
        int[] outer = new int[rank - 2];
        for (int k = 0, o = 0; k < b; k++) {
            if (k != a) {
                outer[o++] = k;
            }
        }
        int[] index = new int[outer.length];
        int srcBase = 0;
        int dstBase = 0;
        while (true) {
            copy2d(src, srcBase, s[a] * size, s[b] * size, dst, dstBase, d[a] * size, n[a], n[b], size);
            int o = outer.length - 1;
            while (o >= 0) {
                int k = outer[o];
                index[o]++;
                srcBase += s[k] * size;
                dstBase += d[k] * size;
                if (index[o] < n[k]) {
                    break;
                }
                srcBase -= n[k] * s[k] * size;
                dstBase -= n[k] * d[k] * size;
                index[o] = 0;
                o--;
            }
            if (o < 0) {
                return;
            }
        }
    }

    /**
     * Copies {@code na} rows of {@code nb} elements; byte strides: source sa (rows) and sb (columns),
     * destination da (rows), columns dense.
     */
    private static void copy2d(byte[] src, int srcBase, int sa, int sb, byte[] dst, int dstBase, int da, int na,
                               int nb, int size) {
        if (sb == size) {
            for (int i = 0; i < na; i++) {
                System.arraycopy(src, srcBase + i * sa, dst, dstBase + i * da, nb * size);
            }
            return;
        }
        for (int i0 = 0; i0 < na; i0 += TILE) {
            int i1 = Math.min(na, i0 + TILE);
            for (int j0 = 0; j0 < nb; j0 += TILE) {
                int j1 = Math.min(nb, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int so = srcBase + i * sa + j0 * sb;
                    int d = dstBase + i * da + j0 * size;
                    switch (size) {
                        case 1 -> row1(src, so, sb, dst, d, j1 - j0);
                        case 2 -> row2(src, so, sb, dst, d, j1 - j0);
                        case 4 -> row4(src, so, sb, dst, d, j1 - j0);
                        case 8 -> row8(src, so, sb, dst, d, j1 - j0);
                        default -> rowAny(src, so, sb, dst, d, j1 - j0, size);
                    }
                }
            }
        }
    }

    private static void row1(byte[] src, int s, int sb, byte[] dst, int d, int count) {
        for (int j = 0; j < count; j++, s += sb) {
            dst[d + j] = src[s];
        }
    }

    private static void row2(byte[] src, int s, int sb, byte[] dst, int d, int count) {
        for (int j = 0; j < count; j++, s += sb, d += 2) {
            SHORT.set(dst, d, (short) SHORT.get(src, s));
        }
    }

    private static void row4(byte[] src, int s, int sb, byte[] dst, int d, int count) {
        for (int j = 0; j < count; j++, s += sb, d += 4) {
            INT.set(dst, d, (int) INT.get(src, s));
        }
    }

    private static void row8(byte[] src, int s, int sb, byte[] dst, int d, int count) {
        for (int j = 0; j < count; j++, s += sb, d += 8) {
            LONG.set(dst, d, (long) LONG.get(src, s));
        }
    }

    /** 16-byte (complex128) and any other element size: 8-byte words, then single bytes. */
    private static void rowAny(byte[] src, int s, int sb, byte[] dst, int d, int count, int size) {
        int words = size & ~7;
        for (int j = 0; j < count; j++, s += sb, d += size) {
            int b = 0;
            for (; b < words; b += 8) {
                LONG.set(dst, d + b, (long) LONG.get(src, s + b));
            }
            for (; b < size; b++) {
                dst[d + b] = src[s + b];
            }
        }
    }
}
