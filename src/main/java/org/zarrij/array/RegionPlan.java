package org.zarrij.array;

import java.util.ArrayList;
import java.util.List;
import org.zarrij.ZarrException;

/**
 * Which chunks a region touches and, per chunk, which part of it maps to which part of the region.
 * Worked out per dimension once; a chunk task is a mixed-radix index into the per-dimension lists, so
 * planning a million-chunk region allocates nothing per chunk.
 */
final class RegionPlan {

    /** Along one dimension: chunk {@code chunk} supplies {@code count} values from {@code inChunkStart} to {@code outStart}. */
    record Part(long chunk, int inChunkStart, long outStart, int count) {
    }

    final Part[][] parts;
    final long[] steps;
    final int[] chunkShape;
    final long[] arrayShape;
    final int numTasks;

    RegionPlan(Region region, long[] arrayShape, int[] chunkShape) {
        int rank = arrayShape.length;
        this.parts = new Part[rank][];
        this.steps = new long[rank];
        this.chunkShape = chunkShape.clone();
        this.arrayShape = arrayShape.clone();
        long tasks = 1;
        for (int d = 0; d < rank; d++) {
            Slice s = region.slices().get(d);
            steps[d] = s.step();
            parts[d] = partsAlong(s, chunkShape[d]);
            tasks *= parts[d].length;
            if (tasks > Integer.MAX_VALUE) {
                throw new ZarrException("region " + region + " touches more than 2^31 chunks; read it in parts");
            }
        }
        this.numTasks = (int) tasks;
    }

    private static Part[] partsAlong(Slice s, int c) {
        long count = s.count();
        List<Part> out = new ArrayList<>();
        if (count == 0) {
            return new Part[0];
        }
        if (s.step() >= c) {
            // Every selected index lies in its own chunk.
            for (long j = 0; j < count; j++) {
                long i = s.start() + j * s.step();
                out.add(new Part(i / c, (int) (i % c), j, 1));
            }
            return out.toArray(new Part[0]);
        }
        long last = s.start() + (count - 1) * s.step();
        for (long k = s.start() / c; k <= last / c; k++) {
            long lo = k * c;
            long hi = Math.min(lo + c, last + 1);
            long from = Math.max(lo, s.start());
            long i0 = s.start() + ((from - s.start() + s.step() - 1) / s.step()) * s.step();
            if (i0 >= hi) {
                continue;
            }
            int n = (int) ((hi - i0 + s.step() - 1) / s.step());
            out.add(new Part(k, (int) (i0 - lo), (i0 - s.start()) / s.step(), n));
        }
        return out.toArray(new Part[0]);
    }

    /** Fills {@code chunkCoords} and {@code taskParts} for task {@code t}. */
    void task(int t, long[] chunkCoords, Part[] taskParts) {
        int rest = t;
        for (int d = parts.length - 1; d >= 0; d--) {
            int n = parts[d].length;
            Part p = parts[d][rest % n];
            rest /= n;
            taskParts[d] = p;
            chunkCoords[d] = p.chunk();
        }
    }

    /** True when the task's parts cover every in-bounds element of the chunk (so its old content is not needed). */
    boolean coversChunk(Part[] taskParts) {
        for (int d = 0; d < taskParts.length; d++) {
            Part p = taskParts[d];
            long lo = p.chunk() * chunkShape[d];
            long inBounds = Math.min(chunkShape[d], arrayShape[d] - lo);
            if (p.inChunkStart() != 0 || p.count() != inBounds || (steps[d] != 1 && p.count() > 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies between a chunk and the region's buffer ({@code toRegion}: chunk to region). Strides are in
     * elements (C order); {@code units} primitive values make one element. The last dimension gives runs;
     * the one before it is walked in a tight loop and the others by an odometer, with offsets kept running
     * instead of recomputed per run (a whole-array read makes millions of short runs).
     */
    void copy(ChunkView view, Object region, Part[] taskParts, long[] regionStrides, boolean toRegion, int units) {
        int rank = taskParts.length;
        if (rank == 0) {
            transfer(view, region, 0, 0, units, toRegion);
            return;
        }
        long[] chunkStep = new long[rank];
        long[] regionStep = new long[rank];
        long c = 0;
        long o = 0;
        long cs = 1;
        for (int d = rank - 1; d >= 0; d--) {
            Part p = taskParts[d];
            chunkStep[d] = steps[d] * cs;
            regionStep[d] = regionStrides[d];
            c += p.inChunkStart() * cs;
            o += p.outStart() * regionStrides[d];
            cs *= chunkShape[d];
        }
        int inner = rank - 1;
        int run = taskParts[inner].count();
        if (rank == 1) {
            runs(view, region, c, o, 1, 0, 0, run, chunkStep[inner], units, toRegion);
            return;
        }
        int rows = inner - 1;
        int rowCount = taskParts[rows].count();
        int[] idx = new int[rows];
        while (true) {
            runs(view, region, c, o, rowCount, chunkStep[rows], regionStep[rows], run, chunkStep[inner], units, toRegion);
            int d = rows - 1;
            while (d >= 0 && ++idx[d] == taskParts[d].count()) {
                c -= (idx[d] - 1) * chunkStep[d];
                o -= (idx[d] - 1) * regionStep[d];
                idx[d] = 0;
                d--;
            }
            if (d < 0) {
                return;
            }
            c += chunkStep[d];
            o += regionStep[d];
        }
    }

    /** {@code rows} runs of {@code run} elements, the chunk side {@code innerStep} apart within a run. */
    private static void runs(ChunkView view, Object region, long c, long o, int rows, long chunkRowStep,
            long regionRowStep, int run, long innerStep, int units, boolean toRegion) {
        if (innerStep == 1) {
            int n = run * units;
            for (int r = 0; r < rows; r++, c += chunkRowStep, o += regionRowStep) {
                transfer(view, region, (int) c * units, (int) o * units, n, toRegion);
            }
            return;
        }
        for (int r = 0; r < rows; r++, c += chunkRowStep, o += regionRowStep) {
            for (int j = 0; j < run; j++) {
                transfer(view, region, (int) (c + j * innerStep) * units, (int) (o + j) * units, units, toRegion);
            }
        }
    }

    private static void transfer(ChunkView view, Object region, int chunkPos, int regionPos, int n, boolean toRegion) {
        if (toRegion) {
            view.get(chunkPos, region, regionPos, n);
        } else {
            view.put(region, regionPos, chunkPos, n);
        }
    }
}
