package org.zarrij.array;

import java.util.Arrays;

/** The regular chunk grid: chunks of one shape tile the array from the origin; edge chunks are full size in storage. */
public record ChunkGrid(long[] arrayShape, int[] chunkShape) {

    public ChunkGrid {
        arrayShape = arrayShape.clone();
        chunkShape = chunkShape.clone();
    }

    public int rank() {
        return arrayShape.length;
    }

    /** Number of chunks along each dimension. */
    public long[] gridShape() {
        long[] g = new long[arrayShape.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = (arrayShape[i] + chunkShape[i] - 1) / chunkShape[i];
        }
        return g;
    }

    public long numChunks() {
        long n = 1;
        for (long g : gridShape()) {
            n *= g;
        }
        return n;
    }

    @Override
    public long[] arrayShape() {
        return arrayShape.clone();
    }

    @Override
    public int[] chunkShape() {
        return chunkShape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChunkGrid g && Arrays.equals(arrayShape, g.arrayShape) && Arrays.equals(chunkShape, g.chunkShape);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(arrayShape) * 31 + Arrays.hashCode(chunkShape);
    }

    @Override
    public String toString() {
        return "ChunkGrid" + Arrays.toString(arrayShape) + "/" + Arrays.toString(chunkShape);
    }
}
