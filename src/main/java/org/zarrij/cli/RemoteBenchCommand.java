package org.zarrij.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;
import org.zarrij.array.ArrayDefinition;
import org.zarrij.array.Json;
import org.zarrij.array.Parallel;
import org.zarrij.array.Region;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrArray;
import org.zarrij.array.ZarrGroup;
import org.zarrij.dtype.DataType;
import org.zarrij.store.FileSystemStore;
import org.zarrij.store.HttpOptions;
import org.zarrij.store.HttpStore;
import org.zarrij.store.MetadataCachingStore;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zarr-ij bench-remote}: reading over HTTP from a local server that adds latency per request. (1) Opening
 * a 5-level pyramid (a v3 group with consolidated metadata and OME-NGFF multiscales attributes) and reading one
 * plane of the finest level: time, requests, and bytes sent versus the bytes of the chunks needed plus
 * metadata. (2) Read throughput as the requests in flight grow.
 */
@Command(name = "bench-remote", description = "Read a pyramid over HTTP from a local server with added latency:"
        + " open + one plane (requests, bytes), and throughput versus requests in flight.")
final class RemoteBenchCommand implements Callable<Integer> {
    private static final int LEVELS = 5;
    private static final int CHUNK = 256;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "target/bench-remote")
    Path dir;

    @Option(names = "--width", paramLabel = "N", defaultValue = "2048", description = "Finest level width and height")
    int width;

    @Option(names = "--planes", paramLabel = "N", defaultValue = "8", description = "Planes (z) of every level")
    int planes;

    @Option(names = "--latency-ms", paramLabel = "MS", defaultValue = "20", description = "Added per request")
    int latencyMs;

    @Option(names = "--in-flight", paramLabel = "N,N,..", split = ",", defaultValue = "1,4,16,64")
    int[] inFlight;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Measured runs after a warm-up"
            + " run (0: the warm-up run alone)")
    int runs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Starts the server that serves {@code --dir}; the test sources swap in Jetty (see JettyRemoteBench). */
    static ServerFactory serverFactory = LocalRangeServer::new;

    /** Starts a bench server over a folder. */
    interface ServerFactory {
        BenchServer start(Path root) throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (width < CHUNK || width % CHUNK != 0 || planes < 1) {
            throw new IllegalArgumentException("--width must be a multiple of " + CHUNK + " and --planes >= 1");
        }
        Path data = dir.resolve("pyramid.zarr");
        prepare(data, out);
        try (BenchServer server = serverFactory.start(dir)) {
            String url = server.url("pyramid.zarr");
            out.printf("pyramid: %d levels, finest uint16 [%d, %d, %d], chunks [1, %d, %d] blosc lz4; server (%s) on"
                    + " loopback adds %d ms per request%n", LEVELS, planes, width, width, CHUNK, CHUNK,
                    server.getClass().getSimpleName(), latencyMs);
            server.latencyMillis(latencyMs);
            openAndReadPlane(server, url, data, out);
            throughput(server, url, out);
        }
        return Main.OK;
    }

    /** Open the pyramid as a viewer would and read the middle plane of level 0; the best of the runs counts. */
    private void openAndReadPlane(BenchServer server, String url, Path data, PrintWriter out) {
        int z = planes / 2;
        long needed = neededChunkBytes(data, z);
        double bestMs = Double.MAX_VALUE;
        long requests = 0;
        long bytes = 0;
        long metadata = 0;
        for (int run = 0; run <= runs; run++) {
            server.resetCounters();
            long t0 = System.nanoTime();
            try (Store store = Stores.open(url, false)) {
                ZarrGroup root = Zarr.openGroup(store, "");
                ZarrArray finest = null;
                for (var ds : root.attributes().path("multiscales").path(0).path("datasets")) {
                    ZarrArray level = (ZarrArray) root.open(ds.path("path").asText());
                    finest = finest == null ? level : finest;
                }
                finest.read(Region.parse(z + ",:,:", finest.shape()));
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if ((run > 0 || runs == 0) && ms < bestMs) { // run 0 warms up
                bestMs = ms;
                requests = server.requests();
                bytes = server.bodyBytes();
                metadata = server.metadataBytes();
            }
        }
        double ratio = bytes / (double) (needed + metadata);
        out.printf("open + one plane of level 0: %.0f ms, %d requests, %d bytes sent = %.3fx (chunk bytes needed %d +"
                + " metadata %d)%s%n", bestMs, requests, bytes, ratio, needed, metadata,
                ratio <= 1.1 ? "  [goal <= 1.1x: met]" : "  [goal <= 1.1x: NOT met]");
    }

    /** Reads all planes of level 0 (many chunks) with N requests in flight; MiB/s of decoded data. */
    private void throughput(BenchServer server, String url, PrintWriter out) {
        double one = 0;
        for (int n : inFlight) {
            double best = 0;
            long requests = 0;
            for (int run = 0; run <= runs; run++) {
                try (Store store = new MetadataCachingStore(new HttpStore(URI.create(url), HttpOptions.fromSystemProperties()
                        .withMaxInFlight(n)))) {
                    ZarrArray a = Zarr.openArray(store, "0").withIoOptions(new ZarrArray.IoOptions(
                            Parallel.sharedExecutor(), n, false));
                    server.resetCounters();
                    long t0 = System.nanoTime();
                    a.read();
                    double s = (System.nanoTime() - t0) / 1e9;
                    double mibs = a.metadata().numElements() * 2 / 1048576.0 / s;
                    if ((run > 0 || runs == 0) && mibs > best) {
                        best = mibs;
                        requests = server.requests();
                    }
                }
            }
            one = n == 1 ? best : one;
            out.printf("in flight %3d: %7.1f MiB/s, %6.0f requests/s%s%n", n, best, requests * best
                    / (planes * (double) width * width * 2 / 1048576.0),
                    one > 0 && n > 1 ? String.format("  (%.1fx the 1-in-flight rate)", best / one) : "");
        }
    }

    /** The stored bytes of the level-0 chunks that plane {@code z} touches. */
    private long neededChunkBytes(Path data, int z) {
        long sum = 0;
        int grid = width / CHUNK;
        for (int y = 0; y < grid; y++) {
            for (int x = 0; x < grid; x++) {
                Path chunk = data.resolve("0/c/" + z + "/" + y + "/" + x);
                try {
                    sum += Files.exists(chunk) ? Files.size(chunk) : 0;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return sum;
    }

    /** Writes the pyramid unless the folder already holds one of this size. */
    private void prepare(Path data, PrintWriter out) {
        try (Store store = new FileSystemStore(data, false)) {
            if (Zarr.exists(store, "0") && Arrays.equals(Zarr.openArray(store, "0").shape(),
                    new long[]{planes, width, width})) {
                return;
            }
            for (String k : store.list("")) {
                store.delete(k);
            }
            ObjectNode attrs = Json.object();
            ObjectNode ms = attrs.putArray("multiscales").addObject();
            ms.put("version", "0.4");
            ArrayNode axes = ms.putArray("axes");
            for (String a : new String[]{"z", "y", "x"}) {
                axes.addObject().put("name", a).put("type", "space");
            }
            ArrayNode datasets = ms.putArray("datasets");
            for (int level = 0; level < LEVELS; level++) {
                double scale = 1 << level;
                datasets.addObject().put("path", Integer.toString(level)).putArray("coordinateTransformations")
                        .addObject().put("type", "scale").putArray("scale").add(1.0).add(scale).add(scale);
            }
            Zarr.createGroup(store, "", 3, attrs);
            Random rnd = new Random(42);
            for (int level = 0; level < LEVELS; level++) {
                int w = Math.max(1, width >> level);
                double scale = 1 << level;
                ArrayDefinition def = ArrayDefinition.of(new long[]{planes, w, w},
                        new int[]{1, Math.min(CHUNK, w), Math.min(CHUNK, w)}, DataType.UINT16)
                        .withCompressors(CodecSpecs.parse("blosc:lz4:5:shuffle", DataType.UINT16));
                ZarrArray a = Zarr.createArray(store, Integer.toString(level), def, false);
                short[] plane = new short[w * w];
                for (int z = 0; z < planes; z++) {
                    for (int y = 0; y < w; y++) {
                        for (int x = 0; x < w; x++) {
                            double v = 1000 + 600 * Math.sin((x * scale + z) / 37.0) * Math.cos(y * scale / 23.0)
                                    + 40 * rnd.nextGaussian();
                            plane[y * w + x] = (short) Math.max(0, v);
                        }
                    }
                    a.write(Region.box(new long[]{z, 0, 0}, new long[]{1, w, w}), plane);
                }
            }
            Zarr.consolidate(store, "");
            out.println("wrote " + store.describe());
        }
    }
}
