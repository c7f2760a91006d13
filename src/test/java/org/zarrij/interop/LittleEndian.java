package org.zarrij.interop;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.zarrij.array.Primitive;
import org.zarrij.array.Region;
import org.zarrij.array.Slice;
import org.zarrij.dtype.DataType;

/**
 * Moves test data between the engine's primitive arrays and little-endian C-order bytes (the layout of the
 * .npy files exchanged with Python), and copies regions of such bytes, so comparisons are bit for bit.
 */
final class LittleEndian {
    private LittleEndian() {
    }

    /** The little-endian bytes of a primitive array as {@link org.zarrij.array.ZarrArray#read()} returns it. */
    static byte[] bytes(Object primitive) {
        ByteBuffer b;
        if (primitive instanceof byte[] a) {
            return a.clone();
        } else if (primitive instanceof short[] a) {
            b = buffer(a.length * 2);
            b.asShortBuffer().put(a);
        } else if (primitive instanceof int[] a) {
            b = buffer(a.length * 4);
            b.asIntBuffer().put(a);
        } else if (primitive instanceof long[] a) {
            b = buffer(a.length * 8);
            b.asLongBuffer().put(a);
        } else if (primitive instanceof float[] a) {
            b = buffer(a.length * 4);
            b.asFloatBuffer().put(a);
        } else if (primitive instanceof double[] a) {
            b = buffer(a.length * 8);
            b.asDoubleBuffer().put(a);
        } else {
            throw new IllegalArgumentException("not a primitive array: " + primitive);
        }
        return b.array();
    }

    /** The primitive array that holds little-endian {@code data} of {@code type}. */
    static Object primitive(byte[] data, DataType type) {
        Primitive p = Primitive.of(type);
        Object out = p.allocate(data.length / p.bytes());
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        switch (p) {
            case BYTE -> b.get((byte[]) out);
            case SHORT -> b.asShortBuffer().get((short[]) out);
            case INT -> b.asIntBuffer().get((int[]) out);
            case LONG -> b.asLongBuffer().get((long[]) out);
            case FLOAT -> b.asFloatBuffer().get((float[]) out);
            case DOUBLE -> b.asDoubleBuffer().get((double[]) out);
        }
        return out;
    }

    /** The elements of {@code region} of a C-order array of {@code shape}, in C order. */
    static byte[] extract(byte[] full, long[] shape, Region region, int itemSize) {
        byte[] out = new byte[Math.toIntExact(region.numElements() * itemSize)];
        int[] k = {0};
        forEachOffset(shape, region, offset -> {
            System.arraycopy(full, offset * itemSize, out, k[0], itemSize);
            k[0] += itemSize;
        });
        return out;
    }

    /** Writes C-order {@code part} into {@code region} of {@code full}, a C-order array of {@code shape}. */
    static void paste(byte[] full, long[] shape, Region region, byte[] part, int itemSize) {
        int[] k = {0};
        forEachOffset(shape, region, offset -> {
            System.arraycopy(part, k[0], full, offset * itemSize, itemSize);
            k[0] += itemSize;
        });
    }

    /** An array of {@code count} copies of the element {@code element}. */
    static byte[] repeat(byte[] element, long count) {
        byte[] out = new byte[Math.toIntExact(element.length * count)];
        for (int i = 0; i < out.length; i += element.length) {
            System.arraycopy(element, 0, out, i, element.length);
        }
        return out;
    }

    private static void forEachOffset(long[] shape, Region region, java.util.function.IntConsumer action) {
        int rank = shape.length;
        long[] counts = region.fullShape();
        long total = region.numElements();
        long[] idx = new long[rank];
        for (long n = 0; n < total; n++) {
            long offset = 0;
            for (int d = 0; d < rank; d++) {
                Slice s = region.slices().get(d);
                offset = offset * shape[d] + s.start() + idx[d] * s.step();
            }
            action.accept(Math.toIntExact(offset));
            for (int d = rank - 1; d >= 0; d--) {
                if (++idx[d] < counts[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
