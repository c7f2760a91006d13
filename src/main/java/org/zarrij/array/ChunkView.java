package org.zarrij.array;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Copies runs of primitive values between a decoded chunk (little-endian bytes) and a Java primitive array.
 * Bulk copies use NIO's absolute bulk get/put, which the JIT turns into a memory copy.
 */
abstract class ChunkView {

    static ChunkView of(Primitive p, byte[] chunk) {
        ByteBuffer b = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        return switch (p) {
            case BYTE -> new Bytes(chunk);
            case SHORT -> new Shorts(b.asShortBuffer());
            case INT -> new Ints(b.asIntBuffer());
            case LONG -> new Longs(b.asLongBuffer());
            case FLOAT -> new Floats(b.asFloatBuffer());
            case DOUBLE -> new Doubles(b.asDoubleBuffer());
        };
    }

    /** Copies {@code n} values from the chunk at {@code from} into {@code dst} at {@code to}. */
    abstract void get(int from, Object dst, int to, int n);

    /** Copies {@code n} values from {@code src} at {@code from} into the chunk at {@code to}. */
    abstract void put(Object src, int from, int to, int n);

    private static final class Bytes extends ChunkView {
        private final byte[] c;

        Bytes(byte[] c) {
            this.c = c;
        }

        @Override
        void get(int from, Object dst, int to, int n) {
            System.arraycopy(c, from, (byte[]) dst, to, n);
        }

        @Override
        void put(Object src, int from, int to, int n) {
            System.arraycopy((byte[]) src, from, c, to, n);
        }
    }

    private static final class Shorts extends ChunkView {
        private final ShortBuffer b;

        Shorts(ShortBuffer b) {
            this.b = b;
        }

        @Override
        void get(int from, Object dst, int to, int n) {
            b.get(from, (short[]) dst, to, n);
        }

        @Override
        void put(Object src, int from, int to, int n) {
            b.put(to, (short[]) src, from, n);
        }
    }

    private static final class Ints extends ChunkView {
        private final IntBuffer b;

        Ints(IntBuffer b) {
            this.b = b;
        }

        @Override
        void get(int from, Object dst, int to, int n) {
            b.get(from, (int[]) dst, to, n);
        }

        @Override
        void put(Object src, int from, int to, int n) {
            b.put(to, (int[]) src, from, n);
        }
    }

    private static final class Longs extends ChunkView {
        private final LongBuffer b;

        Longs(LongBuffer b) {
            this.b = b;
        }

        @Override
        void get(int from, Object dst, int to, int n) {
            b.get(from, (long[]) dst, to, n);
        }

        @Override
        void put(Object src, int from, int to, int n) {
            b.put(to, (long[]) src, from, n);
        }
    }

    private static final class Floats extends ChunkView {
        private final FloatBuffer b;

        Floats(FloatBuffer b) {
            this.b = b;
        }

        @Override
        void get(int from, Object dst, int to, int n) {
            b.get(from, (float[]) dst, to, n);
        }

        @Override
        void put(Object src, int from, int to, int n) {
            b.put(to, (float[]) src, from, n);
        }
    }

    private static final class Doubles extends ChunkView {
        private final DoubleBuffer b;

        Doubles(DoubleBuffer b) {
            this.b = b;
        }

        @Override
        void get(int from, Object dst, int to, int n) {
            b.get(from, (double[]) dst, to, n);
        }

        @Override
        void put(Object src, int from, int to, int n) {
            b.put(to, (double[]) src, from, n);
        }
    }
}
