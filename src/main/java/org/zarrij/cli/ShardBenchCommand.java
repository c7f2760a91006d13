package org.zarrij.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import org.zarrij.array.ArrayDefinition;
import org.zarrij.array.Region;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrArray;
import org.zarrij.dtype.DataType;
import org.zarrij.store.CountingStore;
import org.zarrij.store.FileSystemStore;
import org.zarrij.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zarr-ij bench-shards}: the same uint16 data stored unsharded (chunks 64^3) and sharded (the same inner
 * chunks in shards of 4^3 chunks), compared in one run: random single-chunk reads (requests, bytes, time per chunk)
 * and whole-array read throughput.
 */
@Command(name = "bench-shards", description = "Compare sharded and unsharded reads of the same data (single chunks and whole array).")
final class ShardBenchCommand implements Callable<Integer> {
    private static final int CHUNK = 64;
    private static final int SHARD = 256;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "target/bench-shards")
    Path dir;

    @Option(names = "--size-mib", paramLabel = "N", defaultValue = "128", description = "Array size in MiB")
    int sizeMib;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "400", description = "Random single-chunk reads")
    int samples;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3")
    int runs;

    @Option(names = "--width", paramLabel = "N", defaultValue = "512", description = "Plane width and height (multiple of 64)")
    int width;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long planeBytes = 2L * width * width;
        long planes = Math.max(CHUNK, (long) sizeMib * 1024 * 1024 / planeBytes / CHUNK * CHUNK);
        long[] shape = {planes, width, width};
        Files.createDirectories(dir);
        try (Store plainStore = new FileSystemStore(dir.resolve("unsharded.zarr"));
             Store shardStore = new FileSystemStore(dir.resolve("sharded.zarr"))) {
            prepare(plainStore, shape, null, out);
            prepare(shardStore, shape, new int[]{SHARD, SHARD, SHARD}, out);
            out.printf("data: uint16 %s (%d MiB), chunks %d^3 blosc lz4 shuffle; sharded: shards %d^3 (%d chunks each),"
                    + " index at the end with crc32c; files warm in the page cache%n", java.util.Arrays.toString(shape),
                    planes * planeBytes >> 20, CHUNK, SHARD, (SHARD / CHUNK) * (SHARD / CHUNK) * (SHARD / CHUNK));
            Figures[] single = singleChunks(shape, plainStore, shardStore);
            Figures p = single[0];
            Figures s = single[1];
            out.printf("single chunks (%d random, same positions): unsharded %.3f ms, %.2f requests, %.0f bytes per chunk |"
                    + " sharded %.3f ms, %.2f requests, %.0f bytes per chunk | sharded/unsharded time %.2fx%n",
                    samples, p.msPerChunk, p.requests, p.bytes, s.msPerChunk, s.requests, s.bytes, s.msPerChunk / p.msPerChunk);
            double[] whole = wholeArrays(Zarr.openArray(plainStore, ""), Zarr.openArray(shardStore, ""));
            double wp = whole[0];
            double ws = whole[1];
            out.printf("whole array (best of %d): unsharded %.0f MiB/s | sharded %.0f MiB/s | sharded/unsharded %.2fx%n",
                    runs, wp, ws, ws / wp);
        }
        return Main.OK;
    }

    private record Figures(double msPerChunk, double requests, double bytes) {
    }

    /** Writes the array unless the folder already holds it (benchmarks reuse their data). */
    private ZarrArray prepare(Store store, long[] shape, int[] shards, PrintWriter out) {
        if (Zarr.exists(store, "")) {
            ZarrArray a = Zarr.openArray(store, "");
            if (java.util.Arrays.equals(a.shape(), shape)) {
                return a;
            }
        }
        ArrayDefinition def = ArrayDefinition.of(shape, new int[]{CHUNK, CHUNK, CHUNK}, DataType.UINT16)
                .withCompressors(CodecSpecs.parse("blosc:lz4:5:shuffle", DataType.UINT16));
        if (shards != null) {
            def = def.withShards(shards);
        }
        ZarrArray a = Zarr.createArray(store, "", def, true);
        Random rnd = new Random(42);
        int w = (int) shape[1];
        for (long z0 = 0; z0 < shape[0]; z0 += SHARD) {
            int slab = (int) Math.min(SHARD, shape[0] - z0);
            short[] buf = new short[slab * w * w];
            for (int z = 0; z < slab; z++) {
                for (int y = 0; y < w; y++) {
                    for (int x = 0; x < w; x++) {
                        double v = 1000 + 600 * Math.sin((x + z0 + z) / 37.0) * Math.cos(y / 23.0) + 40 * rnd.nextGaussian();
                        buf[(z * w + y) * w + x] = (short) Math.max(0, v);
                    }
                }
            }
            a.write(Region.box(new long[]{z0, 0, 0}, new long[]{slab, w, w}), buf);
        }
        out.println("wrote " + store.describe());
        return a;
    }

    /** Random single-chunk reads at the same positions in each store, runs interleaved; the best run counts. */
    private Figures[] singleChunks(long[] shape, Store... stores) {
        long[] grid = {shape[0] / CHUNK, shape[1] / CHUNK, shape[2] / CHUNK};
        Figures[] best = new Figures[stores.length];
        for (int run = 0; run <= runs; run++) {
            for (int k = 0; k < stores.length; k++) {
                CountingStore counting = new CountingStore(stores[k]);
                ZarrArray a = Zarr.openArray(counting, "");
                Random rnd = new Random(7 + run);
                counting.reset();
                long t0 = System.nanoTime();
                for (int i = 0; i < samples; i++) {
                    long[] origin = {rnd.nextInt((int) grid[0]) * (long) CHUNK, rnd.nextInt((int) grid[1]) * (long) CHUNK,
                        rnd.nextInt((int) grid[2]) * (long) CHUNK};
                    a.read(Region.box(origin, new long[]{CHUNK, CHUNK, CHUNK}));
                }
                Figures f = new Figures((System.nanoTime() - t0) / 1e6 / samples,
                        (counting.gets.get() + counting.rangeGets.get()) / (double) samples,
                        counting.bytesRead.get() / (double) samples);
                if (run > 0 && (best[k] == null || f.msPerChunk < best[k].msPerChunk)) {
                    best[k] = f;
                }
            }
        }
        return best;
    }

    /** Best throughput of each, runs interleaved so that JIT warm-up and machine load hit both alike. */
    private double[] wholeArrays(ZarrArray... arrays) {
        double[] best = new double[arrays.length];
        for (int run = 0; run <= runs; run++) {
            for (int i = 0; i < arrays.length; i++) {
                long bytes = arrays[i].metadata().numElements() * 2;
                long t0 = System.nanoTime();
                arrays[i].read();
                double mibs = bytes / 1048576.0 / ((System.nanoTime() - t0) / 1e9);
                if (run > 0) {
                    best[i] = Math.max(best[i], mibs);
                }
            }
        }
        return best;
    }
}
