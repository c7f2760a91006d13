package org.zarrij.array;

/**
 * A selection along one dimension: indices start, start+step, ... below stop (NumPy basic slicing with a
 * positive step), or a single index that drops the dimension from the result.
 */
public record Slice(long start, long stop, long step, boolean index) {

    public Slice {
        if (step <= 0) {
            throw new IllegalArgumentException("slice step must be positive, found " + step);
        }
        if (start < 0 || stop < start) {
            throw new IllegalArgumentException("invalid slice " + start + ":" + stop);
        }
    }

    public static Slice all(long size) {
        return new Slice(0, size, 1, false);
    }

    public static Slice range(long start, long stop) {
        return new Slice(start, stop, 1, false);
    }

    public static Slice at(long index) {
        return new Slice(index, index + 1, 1, true);
    }

    /** How many indices are selected. */
    public long count() {
        return stop <= start ? 0 : (stop - start + step - 1) / step;
    }

    @Override
    public String toString() {
        return index ? Long.toString(start) : start + ":" + stop + (step == 1 ? "" : ":" + step);
    }
}
