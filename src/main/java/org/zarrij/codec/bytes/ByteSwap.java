package org.zarrij.codec.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Reverses the bytes of every 2-, 4- or 8-byte unit of an array (intrinsified VarHandle loops). */
public final class ByteSwap {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.nativeOrder());
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private ByteSwap() {
    }

    /** A copy of {@code src} with each {@code unit}-byte group reversed; {@code unit} is 1, 2, 4 or 8. */
    public static byte[] swapped(byte[] src, int unit) {
        byte[] dst = new byte[src.length];
        swap(src, dst, unit);
        return dst;
    }

    /**
     * Writes {@code src} into {@code dst} (same length, may be the same array) with each {@code unit}-byte
     * group reversed. The length must be a multiple of {@code unit}.
     */
    public static void swap(byte[] src, byte[] dst, int unit) {
        int n = src.length;
        if (dst.length != n || n % unit != 0) {
            throw new IllegalArgumentException("cannot swap " + n + " bytes in units of " + unit + " into "
                    + dst.length);
        }
        switch (unit) {
            case 1 -> {
                if (src != dst) {
                    System.arraycopy(src, 0, dst, 0, n);
                }
            }
            case 2 -> {
                for (int i = 0; i < n; i += 2) {
                    SHORT.set(dst, i, Short.reverseBytes((short) SHORT.get(src, i)));
                }
            }
            case 4 -> {
                for (int i = 0; i < n; i += 4) {
                    INT.set(dst, i, Integer.reverseBytes((int) INT.get(src, i)));
                }
            }
            case 8 -> {
                for (int i = 0; i < n; i += 8) {
                    LONG.set(dst, i, Long.reverseBytes((long) LONG.get(src, i)));
                }
            }
            default -> throw new IllegalArgumentException("unsupported swap unit " + unit);
        }
    }
}
