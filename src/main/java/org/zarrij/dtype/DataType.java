package org.zarrij.dtype;

import java.util.Locale;
import java.util.Optional;

/**
 * The numeric data types of Zarr v2 and v3. In memory, decoded chunks hold elements little-endian in
 * C order; {@link #componentSize()} is the unit a byte swap works on (a complex64 swaps two 4-byte floats).
 */
public enum DataType {
    BOOL("bool", 'b', 1, 1),
    INT8("int8", 'i', 1, 1),
    INT16("int16", 'i', 2, 2),
    INT32("int32", 'i', 4, 4),
    INT64("int64", 'i', 8, 8),
    UINT8("uint8", 'u', 1, 1),
    UINT16("uint16", 'u', 2, 2),
    UINT32("uint32", 'u', 4, 4),
    UINT64("uint64", 'u', 8, 8),
    FLOAT16("float16", 'f', 2, 2),
    FLOAT32("float32", 'f', 4, 4),
    FLOAT64("float64", 'f', 8, 8),
    COMPLEX64("complex64", 'c', 8, 4),
    COMPLEX128("complex128", 'c', 16, 8);

    private final String v3Name;
    private final char kind;
    private final int itemSize;
    private final int componentSize;

    DataType(String v3Name, char kind, int itemSize, int componentSize) {
        this.v3Name = v3Name;
        this.kind = kind;
        this.itemSize = itemSize;
        this.componentSize = componentSize;
    }

    /** The Zarr v3 name, e.g. {@code "uint16"}. */
    public String v3Name() {
        return v3Name;
    }

    /** NumPy's kind character: b, i, u, f or c. */
    public char kind() {
        return kind;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /** Bytes per byte-swapped unit (the item size, or half of it for complex types). */
    public int componentSize() {
        return componentSize;
    }

    public boolean isInteger() {
        return kind == 'i' || kind == 'u';
    }

    public boolean isFloatingPoint() {
        return kind == 'f';
    }

    public boolean isComplex() {
        return kind == 'c';
    }

    public boolean isSigned() {
        return kind == 'i' || kind == 'f' || kind == 'c';
    }

    /** NumPy's type string in the given byte order, e.g. {@code "<u2"}, {@code "|u1"}, {@code "|b1"}. */
    public String numpyTypestr(ByteOrderMark order) {
        char mark = itemSize == 1 ? '|' : order.mark();
        return "" + mark + kind + itemSize;
    }

    /** NumPy's little-endian type string, e.g. {@code "<u2"}. */
    public String numpyTypestr() {
        return numpyTypestr(ByteOrderMark.LITTLE);
    }

    public static Optional<DataType> fromV3Name(String name) {
        for (DataType t : values()) {
            if (t.v3Name.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Parses a NumPy type string such as {@code "<u2"}, {@code ">f8"}, {@code "|b1"}. */
    public static Optional<NumpyType> fromNumpy(String typestr) {
        if (typestr == null || typestr.length() < 3) {
            return Optional.empty();
        }
        char mark = typestr.charAt(0);
        ByteOrderMark order;
        switch (mark) {
            case '<' -> order = ByteOrderMark.LITTLE;
            case '>' -> order = ByteOrderMark.BIG;
            case '|' -> order = ByteOrderMark.NOT_APPLICABLE;
            case '=' -> order = ByteOrderMark.LITTLE;
            default -> {
                return Optional.empty();
            }
        }
        char kind = typestr.charAt(1);
        int size;
        try {
            size = Integer.parseInt(typestr.substring(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        for (DataType t : values()) {
            if (t.kind == kind && t.itemSize == size) {
                if (size > 1 && order == ByteOrderMark.NOT_APPLICABLE) {
                    return Optional.empty();
                }
                return Optional.of(new NumpyType(t, size == 1 ? ByteOrderMark.NOT_APPLICABLE : order));
            }
        }
        return Optional.empty();
    }

    /** A data type with the byte order it is stored in. */
    public record NumpyType(DataType dataType, ByteOrderMark order) {
        public String typestr() {
            return dataType.numpyTypestr(order);
        }
    }

    /** NumPy's byte order marks. */
    public enum ByteOrderMark {
        LITTLE('<'), BIG('>'), NOT_APPLICABLE('|');

        private final char mark;

        ByteOrderMark(char mark) {
            this.mark = mark;
        }

        public char mark() {
            return mark;
        }
    }

    @Override
    public String toString() {
        return v3Name.toLowerCase(Locale.ROOT);
    }
}
