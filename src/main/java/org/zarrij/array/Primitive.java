package org.zarrij.array;

import org.zarrij.dtype.DataType;

/**
 * The Java primitive array that holds a data type in memory: byte[] for bool/int8/uint8, short[] for
 * (u)int16 and float16 (raw bits), int[], long[], float[] and double[]; complex types use two floats or
 * doubles per element (real, imaginary). Unsigned values keep their bits (use Short.toUnsignedInt etc.).
 */
public enum Primitive {
    BYTE(1), SHORT(2), INT(4), LONG(8), FLOAT(4), DOUBLE(8);

    private final int bytes;

    Primitive(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    public static Primitive of(DataType t) {
        return switch (t) {
            case BOOL, INT8, UINT8 -> BYTE;
            case INT16, UINT16, FLOAT16 -> SHORT;
            case INT32, UINT32 -> INT;
            case INT64, UINT64 -> LONG;
            case FLOAT32, COMPLEX64 -> FLOAT;
            case FLOAT64, COMPLEX128 -> DOUBLE;
        };
    }

    /** Primitive values per element: 2 for complex types, else 1. */
    public static int unitsPerElement(DataType t) {
        return t.isComplex() ? 2 : 1;
    }

    public Object allocate(int length) {
        return switch (this) {
            case BYTE -> new byte[length];
            case SHORT -> new short[length];
            case INT -> new int[length];
            case LONG -> new long[length];
            case FLOAT -> new float[length];
            case DOUBLE -> new double[length];
        };
    }

    public Class<?> arrayClass() {
        return allocate(0).getClass();
    }

    public static int length(Object array) {
        return java.lang.reflect.Array.getLength(array);
    }
}
