package org.zarrij.codec;

import java.util.Arrays;
import org.zarrij.dtype.DataType;

/**
 * What a codec needs to know about one chunk: its shape (C order), data type and fill value (one element,
 * little-endian). A decoded chunk is a byte[] of {@link #byteSize()} bytes, elements little-endian, C order.
 */
public record ChunkSpec(int[] shape, DataType dataType, byte[] fillValue) {

    public ChunkSpec {
        shape = shape.clone();
        if (fillValue == null) {
            fillValue = new byte[dataType.itemSize()];
        }
    }

    public long numElements() {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    public long byteSize() {
        return numElements() * dataType.itemSize();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public ChunkSpec withShape(int[] newShape) {
        return new ChunkSpec(newShape, dataType, fillValue);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChunkSpec c && Arrays.equals(shape, c.shape) && dataType == c.dataType
                && Arrays.equals(fillValue, c.fillValue);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + dataType.hashCode();
    }

    @Override
    public String toString() {
        return "ChunkSpec" + Arrays.toString(shape) + " " + dataType;
    }
}
