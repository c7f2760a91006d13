package org.zarrij.array;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zarrij.ZarrException;

/** A selection of an N-d array: one {@link Slice} per dimension, all within the array's shape. */
public record Region(List<Slice> slices) {

    public Region {
        slices = List.copyOf(slices);
    }

    public static Region all(long[] shape) {
        List<Slice> s = new ArrayList<>();
        for (long d : shape) {
            s.add(Slice.all(d));
        }
        return new Region(s);
    }

    /** A box from {@code offset} of size {@code size}. */
    public static Region box(long[] offset, long[] size) {
        List<Slice> s = new ArrayList<>();
        for (int i = 0; i < offset.length; i++) {
            s.add(Slice.range(offset[i], offset[i] + size[i]));
        }
        return new Region(s);
    }

    public int rank() {
        return slices.size();
    }

    /** The selected count along every dimension, including dropped ones (as 1). */
    public long[] fullShape() {
        long[] s = new long[slices.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = slices.get(i).count();
        }
        return s;
    }

    /** The result's shape: dimensions selected by a single index are dropped, as in NumPy. */
    public long[] shape() {
        return Arrays.stream(slices.toArray(new Slice[0])).filter(s -> !s.index()).mapToLong(Slice::count).toArray();
    }

    public long numElements() {
        long n = 1;
        for (Slice s : slices) {
            n *= s.count();
        }
        return n;
    }

    /** Checks that the region fits an array of {@code shape}. */
    public void checkWithin(long[] shape) {
        if (shape.length != slices.size()) {
            throw new ZarrException("region " + this + " has " + slices.size() + " dimensions, the array has "
                    + shape.length);
        }
        for (int i = 0; i < shape.length; i++) {
            Slice s = slices.get(i);
            if (s.index() ? s.start() >= shape[i] : s.stop() > shape[i]) {
                throw new ZarrException("region " + this + " is outside the array's shape " + Arrays.toString(shape)
                        + " in dimension " + i);
            }
        }
    }

    /**
     * Parses a region spec for an array of {@code shape}: comma-separated, one entry per dimension,
     * {@code start:stop[:step]} (start or stop may be empty, negative values count from the end) or a single
     * index; dimensions left out are taken whole.
     */
    public static Region parse(String spec, long[] shape) {
        List<Slice> slices = new ArrayList<>();
        String[] parts = spec == null || spec.isBlank() ? new String[0] : spec.split(",", -1);
        if (parts.length > shape.length) {
            throw new ZarrException("region '" + spec + "' has " + parts.length + " entries, the array has "
                    + shape.length + " dimensions");
        }
        for (int i = 0; i < shape.length; i++) {
            if (i >= parts.length) {
                slices.add(Slice.all(shape[i]));
                continue;
            }
            String p = parts[i].trim();
            try {
                if (!p.contains(":")) {
                    long idx = resolve(Long.parseLong(p), shape[i]);
                    if (idx < 0 || idx >= shape[i]) {
                        throw new ZarrException("region '" + spec + "': index " + p + " is out of bounds for dimension "
                                + i + " of size " + shape[i]);
                    }
                    slices.add(Slice.at(idx));
                    continue;
                }
                String[] f = p.split(":", -1);
                if (f.length > 3) {
                    throw new ZarrException("region '" + spec + "': '" + p + "' is not start:stop[:step]");
                }
                long step = f.length == 3 && !f[2].isBlank() ? Long.parseLong(f[2].trim()) : 1;
                if (step <= 0) {
                    throw new ZarrException("region '" + spec + "': step must be positive, found " + step);
                }
                long start = f[0].isBlank() ? 0 : clamp(resolve(Long.parseLong(f[0].trim()), shape[i]), shape[i]);
                long stop = f[1].isBlank() ? shape[i] : clamp(resolve(Long.parseLong(f[1].trim()), shape[i]), shape[i]);
                slices.add(new Slice(start, Math.max(start, stop), step, false));
            } catch (NumberFormatException e) {
                throw new ZarrException("region '" + spec + "': '" + p + "' is not an index or start:stop[:step]");
            }
        }
        return new Region(slices);
    }

    private static long resolve(long v, long size) {
        return v < 0 ? v + size : v;
    }

    private static long clamp(long v, long size) {
        return Math.max(0, Math.min(size, v));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < slices.size(); i++) {
            sb.append(i > 0 ? "," : "").append(slices.get(i));
        }
        return sb.append(']').toString();
    }
}
