package org.zarrij.testutil;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.zarrij.array.Primitive;
import org.zarrij.dtype.DataType;

/**
 * Whole arrays as little-endian, C-order bytes: the form interop tests exchange expected data in with
 * other implementations. Conversions to and from the primitive arrays of {@link org.zarrij.array.ZarrArray},
 * boxes cut from and pasted into such bytes, comparison and random test data.
 */
public final class ElementBytes {
    private ElementBytes() {
    }

    /** The little-endian bytes of a primitive array. */
    public static byte[] of(Object array) {
        if (array instanceof byte[] b) {
            return b.clone();
        }
        if (array instanceof short[] s) {
            ByteBuffer b = buffer(s.length * 2);
            b.asShortBuffer().put(s);
            return b.array();
        }
        if (array instanceof int[] i) {
            ByteBuffer b = buffer(i.length * 4);
            b.asIntBuffer().put(i);
            return b.array();
        }
        if (array instanceof float[] f) {
            ByteBuffer b = buffer(f.length * 4);
            b.asFloatBuffer().put(f);
            return b.array();
        }
        if (array instanceof long[] l) {
            ByteBuffer b = buffer(l.length * 8);
            b.asLongBuffer().put(l);
            return b.array();
        }
        if (array instanceof double[] d) {
            ByteBuffer b = buffer(d.length * 8);
            b.asDoubleBuffer().put(d);
            return b.array();
        }
        throw new IllegalArgumentException(array.getClass().getName());
    }

    private static ByteBuffer buffer(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The primitive array (see {@link Primitive}) holding little-endian {@code bytes} of {@code type}. */
    public static Object toArray(byte[] bytes, DataType type) {
        Primitive p = Primitive.of(type);
        int n = bytes.length / p.bytes();
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return switch (p) {
            case BYTE -> bytes.clone();
            case SHORT -> { short[] a = new short[n]; b.asShortBuffer().get(a); yield a; }
            case INT -> { int[] a = new int[n]; b.asIntBuffer().get(a); yield a; }
            case LONG -> { long[] a = new long[n]; b.asLongBuffer().get(a); yield a; }
            case FLOAT -> { float[] a = new float[n]; b.asFloatBuffer().get(a); yield a; }
            case DOUBLE -> { double[] a = new double[n]; b.asDoubleBuffer().get(a); yield a; }
        };
    }

    private static long count(long[] lo, long[] hi) {
        long n = 1;
        for (int i = 0; i < lo.length; i++) {
            n *= hi[i] - lo[i];
        }
        return n;
    }

    /** Calls {@code fn(linear index in the array, index in the box)} for every element of box [lo, hi), C order. */
    private static void forEachInBox(long[] shape, long[] lo, long[] hi, java.util.function.LongBinaryOperator fn) {
        int rank = shape.length;
        long[] strides = new long[rank];
        long step = 1;
        for (int d = rank - 1; d >= 0; d--) {
            strides[d] = step;
            step *= shape[d];
        }
        long n = count(lo, hi);
        long[] idx = new long[rank];
        for (long k = 0; k < n; k++) {
            long lin = 0;
            for (int d = 0; d < rank; d++) {
                lin += (lo[d] + idx[d]) * strides[d];
            }
            fn.applyAsLong(lin, k);
            for (int d = rank - 1; d >= 0; d--) {
                if (++idx[d] < hi[d] - lo[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    public static byte[] cut(byte[] whole, long[] shape, long[] lo, long[] hi, int size) {
        byte[] out = new byte[(int) (count(lo, hi) * size)];
        forEachInBox(shape, lo, hi, (lin, k) -> {
            System.arraycopy(whole, (int) lin * size, out, (int) k * size, size);
            return 0;
        });
        return out;
    }

    public static void paste(byte[] whole, long[] shape, long[] lo, long[] hi, int size, byte[] values) {
        forEachInBox(shape, lo, hi, (lin, k) -> {
            System.arraycopy(values, (int) k * size, whole, (int) lin * size, size);
            return 0;
        });
    }

    /** {@code n} copies of one element. */
    public static byte[] repeat(byte[] element, long n) {
        byte[] out = new byte[(int) (n * element.length)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(element, 0, out, i * element.length, element.length);
        }
        return out;
    }

    /** Up to three differing elements, described; empty when equal (any NaN equals any NaN). */
    public static List<String> differences(DataType type, byte[] expected, byte[] actual) {
        List<String> out = new ArrayList<>();
        int size = type.itemSize();
        if (expected.length != actual.length) {
            out.add("expected " + expected.length / size + " elements, found " + actual.length / size);
            return out;
        }
        ByteBuffer e = ByteBuffer.wrap(expected).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer a = ByteBuffer.wrap(actual).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < expected.length / size && out.size() < 3; i++) {
            if (java.util.Arrays.equals(expected, i * size, i * size + size, actual, i * size, i * size + size)) {
                continue;
            }
            if (type == DataType.FLOAT32 && Float.isNaN(e.getFloat(i * 4)) && Float.isNaN(a.getFloat(i * 4))
                    || type == DataType.FLOAT64 && Double.isNaN(e.getDouble(i * 8)) && Double.isNaN(a.getDouble(i * 8))) {
                continue;
            }
            HexFormat hex = HexFormat.of();
            out.add("element " + i + ": expected " + hex.formatHex(expected, i * size, i * size + size) + " found "
                    + hex.formatHex(actual, i * size, i * size + size));
        }
        return out;
    }

    private static final float[] SPECIAL_F32 = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
        Float.MIN_VALUE, Float.MAX_VALUE, -1.5f};
    private static final double[] SPECIAL_F64 = {0d, -0d, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.NaN, Double.MIN_VALUE, Double.MAX_VALUE, Math.PI};

    /**
     * {@code n} elements as little-endian bytes: random bits for integers (so extremes appear), 0/1 for bool,
     * random finite floats after the specials (signed zeros, infinities, NaN, smallest subnormal, largest finite).
     */
    public static byte[] random(DataType type, int n, Random rnd) {
        byte[] out = new byte[n * type.itemSize()];
        rnd.nextBytes(out);
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        switch (type) {
            case BOOL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) (rnd.nextBoolean() ? 1 : 0);
                }
            }
            case FLOAT32 -> {
                for (int i = 0; i < n; i++) {
                    b.putFloat(i * 4, i < SPECIAL_F32.length ? SPECIAL_F32[i]
                            : finiteOr(b.getFloat(i * 4), rnd.nextFloat()));
                }
            }
            case FLOAT64 -> {
                for (int i = 0; i < n; i++) {
                    b.putDouble(i * 8, i < SPECIAL_F64.length ? SPECIAL_F64[i]
                            : finiteOr(b.getDouble(i * 8), rnd.nextGaussian()));
                }
            }
            default -> {
            }
        }
        return out;
    }

    /**
     * {@code n} compressible elements (a saw tooth with a little noise) as little-endian bytes, so that compressors
     * really compress (blosc stores incompressible blocks verbatim).
     */
    public static byte[] smooth(DataType type, int n, Random rnd) {
        ByteBuffer b = ByteBuffer.allocate(n * type.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            long v = type == DataType.BOOL ? i / 7 % 2 : i % 37 + rnd.nextInt(4);
            switch (type) {
                case BOOL, INT8, UINT8 -> b.put((byte) v);
                case INT16, UINT16 -> b.putShort((short) v);
                case INT32, UINT32 -> b.putInt((int) v);
                case INT64, UINT64 -> b.putLong(v);
                case FLOAT32 -> b.putFloat(v * 0.25f);
                case FLOAT64 -> b.putDouble(v * 0.25);
                default -> throw new IllegalArgumentException(type.name());
            }
        }
        return b.array();
    }

    private static float finiteOr(float v, float other) {
        return Float.isFinite(v) ? v : other;
    }

    private static double finiteOr(double v, double other) {
        return Double.isFinite(v) ? v : other;
    }
}
