package org.zarrij.codec.transform;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.zarrij.dtype.DataType;

/**
 * The loops of {@link DeltaCodec} on little-endian element arrays, following NumPy: differences are taken
 * in the decoded type (wrapping), then cast to the encoded type; decoding sums the encoded values (extended
 * by their own signedness) and keeps the decoded type's low bytes.
 */
final class DeltaKernels {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private DeltaKernels() {
    }

    static void encode(byte[] src, DataType from, byte[] dst, DataType to, int n) {
        if (n == 0) {
            return;
        }
        if (from == to || from.isInteger() && to.isInteger() && from.itemSize() == to.itemSize()) {
            switch (from) {
                case FLOAT32 -> encodeFloat(src, dst, n);
                case FLOAT64 -> encodeDouble(src, dst, n);
                default -> encodeSameSize(src, dst, n, from.itemSize());
            }
        } else {
            encodeInts(src, from, dst, to, n);
        }
    }

    static void decode(byte[] src, DataType from, byte[] dst, DataType to, int n) {
        if (n == 0) {
            return;
        }
        if (from == to || from.isInteger() && to.isInteger() && from.itemSize() == to.itemSize()) {
            switch (to) {
                case FLOAT32 -> decodeFloat(src, dst, n);
                case FLOAT64 -> decodeDouble(src, dst, n);
                default -> decodeSameSize(src, dst, n, to.itemSize());
            }
        } else {
            decodeInts(src, from, dst, to, n);
        }
    }

    /** Integers of one size: wrapping differences need no sign handling. */
    private static void encodeSameSize(byte[] s, byte[] d, int n, int size) {
        switch (size) {
            case 1 -> {
                byte prev = 0;
                for (int i = 0; i < n; i++) {
                    byte v = s[i];
                    d[i] = (byte) (v - prev);
                    prev = v;
                }
            }
            case 2 -> {
                short prev = 0;
                for (int i = 0; i < 2 * n; i += 2) {
                    short v = (short) SHORT.get(s, i);
                    SHORT.set(d, i, (short) (v - prev));
                    prev = v;
                }
            }
            case 4 -> {
                int prev = 0;
                for (int i = 0; i < 4 * n; i += 4) {
                    int v = (int) INT.get(s, i);
                    INT.set(d, i, v - prev);
                    prev = v;
                }
            }
            default -> {
                long prev = 0;
                for (int i = 0; i < 8 * n; i += 8) {
                    long v = (long) LONG.get(s, i);
                    LONG.set(d, i, v - prev);
                    prev = v;
                }
            }
        }
    }

    private static void decodeSameSize(byte[] s, byte[] d, int n, int size) {
        switch (size) {
            case 1 -> {
                byte acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += s[i];
                    d[i] = acc;
                }
            }
            case 2 -> {
                short acc = 0;
                for (int i = 0; i < 2 * n; i += 2) {
                    acc += (short) SHORT.get(s, i);
                    SHORT.set(d, i, acc);
                }
            }
            case 4 -> {
                int acc = 0;
                for (int i = 0; i < 4 * n; i += 4) {
                    acc += (int) INT.get(s, i);
                    INT.set(d, i, acc);
                }
            }
            default -> {
                long acc = 0;
                for (int i = 0; i < 8 * n; i += 8) {
                    acc += (long) LONG.get(s, i);
                    LONG.set(d, i, acc);
                }
            }
        }
    }

    /** The first element is copied bit for bit, as NumPy's {@code enc[0] = arr[0]}. */
    private static void encodeFloat(byte[] s, byte[] d, int n) {
        INT.set(d, 0, (int) INT.get(s, 0));
        float prev = (float) FLOAT.get(s, 0);
        for (int i = 4; i < 4 * n; i += 4) {
            float v = (float) FLOAT.get(s, i);
            FLOAT.set(d, i, v - prev);
            prev = v;
        }
    }

    private static void decodeFloat(byte[] s, byte[] d, int n) {
        INT.set(d, 0, (int) INT.get(s, 0));
        float acc = (float) FLOAT.get(s, 0);
        for (int i = 4; i < 4 * n; i += 4) {
            acc += (float) FLOAT.get(s, i);
            FLOAT.set(d, i, acc);
        }
    }

    private static void encodeDouble(byte[] s, byte[] d, int n) {
        LONG.set(d, 0, (long) LONG.get(s, 0));
        double prev = (double) DOUBLE.get(s, 0);
        for (int i = 8; i < 8 * n; i += 8) {
            double v = (double) DOUBLE.get(s, i);
            DOUBLE.set(d, i, v - prev);
            prev = v;
        }
    }

    private static void decodeDouble(byte[] s, byte[] d, int n) {
        LONG.set(d, 0, (long) LONG.get(s, 0));
        double acc = (double) DOUBLE.get(s, 0);
        for (int i = 8; i < 8 * n; i += 8) {
            acc += (double) DOUBLE.get(s, i);
            DOUBLE.set(d, i, acc);
        }
    }

    /** Integers of different sizes or signedness. */
    private static void encodeInts(byte[] s, DataType from, byte[] d, DataType to, int n) {
        int fs = from.itemSize();
        int ts = to.itemSize();
        boolean signed = from.isSigned();
        long prev = 0;
        for (int i = 0; i < n; i++) {
            long v = read(s, i * fs, fs, signed);
            write(d, i * ts, ts, extend(v - prev, fs, signed));
            prev = v;
        }
    }

    private static void decodeInts(byte[] s, DataType from, byte[] d, DataType to, int n) {
        int fs = from.itemSize();
        int ts = to.itemSize();
        boolean signed = from.isSigned();
        long acc = 0;
        for (int i = 0; i < n; i++) {
            acc += read(s, i * fs, fs, signed);
            write(d, i * ts, ts, acc);
        }
    }

    private static long read(byte[] b, int off, int size, boolean signed) {
        return switch (size) {
            case 1 -> signed ? b[off] : b[off] & 0xffL;
            case 2 -> signed ? (short) SHORT.get(b, off) : (short) SHORT.get(b, off) & 0xffffL;
            case 4 -> signed ? (int) INT.get(b, off) : (int) INT.get(b, off) & 0xffffffffL;
            default -> (long) LONG.get(b, off);
        };
    }

    /** {@code v} reduced to a {@code size}-byte integer, then widened back by {@code signed}. */
    private static long extend(long v, int size, boolean signed) {
        if (size == 8) {
            return v;
        }
        int shift = 64 - 8 * size;
        return signed ? (v << shift) >> shift : (v << shift) >>> shift;
    }

    private static void write(byte[] b, int off, int size, long v) {
        switch (size) {
            case 1 -> b[off] = (byte) v;
            case 2 -> SHORT.set(b, off, (short) v);
            case 4 -> INT.set(b, off, (int) v);
            default -> LONG.set(b, off, v);
        }
    }
}
