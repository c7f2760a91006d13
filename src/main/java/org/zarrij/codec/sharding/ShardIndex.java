package org.zarrij.codec.sharding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.zarrij.CodecException;

/**
 * The decoded index of a shard: per inner chunk (C order over the chunks-per-shard grid) its offset and
 * length in the shard, or "missing" (both 2^64-1 in storage).
 */
public final class ShardIndex {
    static final long MISSING = -1L;
    private final long[] offsets;
    private final long[] lengths;

    ShardIndex(long[] offsets, long[] lengths) {
        this.offsets = offsets;
        this.lengths = lengths;
    }

    static ShardIndex empty(int n) {
        long[] o = new long[n];
        long[] l = new long[n];
        java.util.Arrays.fill(o, MISSING);
        java.util.Arrays.fill(l, MISSING);
        return new ShardIndex(o, l);
    }

    /** Reads the decoded index (little-endian uint64 pairs), checking every entry that is not missing. */
    static ShardIndex parse(byte[] decoded, int n, long maxChunkBytes) {
        if (decoded.length != n * 16L) {
            throw new CodecException("sharding_indexed: shard index has " + decoded.length + " bytes, expected "
                    + n * 16L);
        }
        ByteBuffer b = ByteBuffer.wrap(decoded).order(ByteOrder.LITTLE_ENDIAN);
        long[] o = new long[n];
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            o[i] = b.getLong();
            l[i] = b.getLong();
            boolean missing = o[i] == MISSING && l[i] == MISSING;
            if (!missing && (o[i] < 0 || l[i] < 0 || l[i] > maxChunkBytes)) {
                throw new CodecException("sharding_indexed: shard index entry " + i + " has offset "
                        + Long.toUnsignedString(o[i]) + " and length " + Long.toUnsignedString(l[i])
                        + " (an inner chunk is at most " + maxChunkBytes + " bytes)");
            }
        }
        return new ShardIndex(o, l);
    }

    byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(offsets.length * 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < offsets.length; i++) {
            b.putLong(offsets[i]).putLong(lengths[i]);
        }
        return b.array();
    }

    public int size() {
        return offsets.length;
    }

    public boolean isMissing(int i) {
        return offsets[i] == MISSING && lengths[i] == MISSING;
    }

    public long offset(int i) {
        return offsets[i];
    }

    public long length(int i) {
        return lengths[i];
    }

    void set(int i, long offset, long length) {
        offsets[i] = offset;
        lengths[i] = length;
    }

    /** Checks that every chunk lies within {@code [dataStart, dataEnd)} of a shard and that no two overlap. */
    void checkLayout(long dataStart, long dataEnd) {
        Integer[] order = new Integer[offsets.length];
        int m = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (isMissing(i)) {
                continue;
            }
            if (offsets[i] < dataStart || offsets[i] + lengths[i] > dataEnd) {
                throw new CodecException("sharding_indexed: inner chunk " + i + " at offset " + offsets[i] + " with "
                        + lengths[i] + " bytes lies outside the shard's data [" + dataStart + ", " + dataEnd + ")");
            }
            order[m++] = i;
        }
        Integer[] present = java.util.Arrays.copyOf(order, m);
        java.util.Arrays.sort(present, (a, c) -> Long.compare(offsets[a], offsets[c]));
        for (int k = 1; k < present.length; k++) {
            int prev = present[k - 1];
            int cur = present[k];
            if (offsets[prev] + lengths[prev] > offsets[cur]) {
                throw new CodecException("sharding_indexed: inner chunks " + prev + " and " + cur + " overlap");
            }
        }
    }
}
