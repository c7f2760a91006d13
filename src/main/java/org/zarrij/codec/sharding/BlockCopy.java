package org.zarrij.codec.sharding;

/** Copies an inner chunk between a shard buffer and a dense inner-chunk buffer (C order, whole elements). */
final class BlockCopy {
    private BlockCopy() {
    }

    /**
     * Copies the block of shape {@code inner} at element offset {@code origin} of a shard of shape {@code shard}:
     * out of the shard into {@code block} ({@code intoBlock}) or back.
     */
    static void copy(byte[] shardBuf, int[] shard, int[] origin, byte[] block, int[] inner, int itemSize,
                     boolean intoBlock) {
        int rank = shard.length;
        if (rank == 0) {
            if (intoBlock) {
                System.arraycopy(shardBuf, 0, block, 0, itemSize);
            } else {
                System.arraycopy(block, 0, shardBuf, 0, itemSize);
            }
            return;
        }
        int[] strides = new int[rank];
        int s = itemSize;
        for (int d = rank - 1; d >= 0; d--) {
            strides[d] = s;
            s *= shard[d];
        }
        int row = inner[rank - 1] * itemSize;
        int[] idx = new int[rank];
        int b = 0;
        while (true) {
            int off = 0;
            for (int d = 0; d < rank; d++) {
                off += (origin[d] + idx[d]) * strides[d];
            }
            if (intoBlock) {
                System.arraycopy(shardBuf, off, block, b, row);
            } else {
                System.arraycopy(block, b, shardBuf, off, row);
            }
            b += row;
            int d = rank - 2;
            while (d >= 0 && ++idx[d] == inner[d]) {
                idx[d] = 0;
                d--;
            }
            if (d < 0) {
                return;
            }
        }
    }
}
