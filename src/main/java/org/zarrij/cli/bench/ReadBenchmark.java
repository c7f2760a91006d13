package org.zarrij.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;
import org.zarrij.array.Parallel;
import org.zarrij.array.Zarr;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;

/**
 * Measures reading one whole uint16 array three ways in one run: our engine ({@code Zarr.openArray(..).read()},
 * default IO options), the floor (chunk files read and Blosc-decoded in a tight loop, 1 and 2 threads) and
 * zarr-python ({@code z[...]}, timed inside Python). Every contender gets one untimed warm-up pass, so the
 * files are read warm from the page cache; their checksums must agree.
 */
public final class ReadBenchmark {

    /** What to measure: the bench folder, the array size in MiB (a power of two), timed runs, the Python. */
    public record Options(Path dir, int sizeMib, int runs, String python, boolean regenerate) {
        public Options {
            if (runs < 1) {
                throw new IllegalArgumentException("--runs: expected at least 1, found " + runs);
            }
            BenchShape.forMib(sizeMib); // checks the size
        }
    }

    private final Options options;
    private final PrintWriter log;

    public ReadBenchmark(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    public BenchResult run() {
        long[] shape = BenchShape.forMib(options.sizeMib());
        PythonScript python = new PythonScript(options.python());
        Path folder = BenchData.prepare(options.dir(), shape, options.regenerate(), python, log);
        String uri = folder.toString();
        ChunkFloor floor;
        try (Store store = Stores.open(uri, false)) {
            floor = new ChunkFloor(folder, Zarr.openArray(store, ""));
        }
        long decoded = floor.decodedBytes();
        long stored = floor.storedBytes();

        log.println("warm-up: one untimed pass of each, zarr-python's in " + python.executable()
                + " (also checks that all decode the same data)");
        log.flush();
        long engineSum = sumUint16(readWithEngine(uri));
        long floorSum = floor.pass(1, true);
        if (engineSum != floorSum) {
            throw new BenchException("engine and floor disagree: uint16 sums " + engineSum + " vs " + floorSum);
        }
        floor.pass(2, false);
        floor.readOnlyPass();
        String pageCache = PageCache.describe(floor.files(), stored);

        try (PythonScript.Session py = python.start("serve", uri)) {
            JsonNode info = py.answer(); // after its own untimed z[...]
            if (info.path("checksum").asLong() != engineSum) {
                throw new BenchException("engine and zarr-python disagree: uint16 sums " + engineSum + " vs "
                        + info.path("checksum").asLong());
            }
            String loadAverage = loadAverage();
            int runs = options.runs();
            Timer engine = new Timer(runs);
            Timer floor1 = new Timer(runs);
            Timer floor2 = new Timer(runs);
            Timer files = new Timer(runs);
            Timer zarrPython = new Timer(runs);
            Timer zarrPythonInto = new Timer(runs);
            double[] pythonSys = new double[runs];
            for (int r = 0; r < runs; r++) {
                // Interleaved, so that other work on a shared machine hits every contender alike.
                engine.time(r, () -> readWithEngine(uri).length);
                floor1.time(r, () -> floor.pass(1, false));
                floor2.time(r, () -> floor.pass(2, false));
                files.time(r, floor::readOnlyPass);
                settle();
                JsonNode t = py.ask("read"); // timed inside Python: no interpreter start, no IPC
                zarrPython.wall[r] = t.path("seconds").asDouble();
                zarrPython.cpu[r] = t.path("cpu_seconds").asDouble(Double.NaN);
                pythonSys[r] = t.path("sys_seconds").asDouble(Double.NaN);
                settle();
                JsonNode into = py.ask("read-into");
                zarrPythonInto.wall[r] = into.path("seconds").asDouble();
                zarrPythonInto.cpu[r] = into.path("cpu_seconds").asDouble(Double.NaN);
                log.printf("run %d/%d: engine %.3f s, floor(1 thread) %.3f s, floor(2 threads) %.3f s, zarr-python"
                        + " %.3f s (into a preallocated array %.3f s)%n", r + 1, runs, engine.wall[r], floor1.wall[r],
                        floor2.wall[r], zarrPython.wall[r], zarrPythonInto.wall[r]);
                log.flush();
            }
            py.finish();
            String setup = String.format("engine parallelism %d on %d cores (java %s); zarr %s, numcodecs %s,"
                    + " blosc threads %d; load average before the runs %s", Parallel.DEFAULT_PARALLELISM,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    info.path("zarr").asText(), info.path("numcodecs").asText(), info.path("blosc_threads").asInt(),
                    loadAverage);
            return new BenchResult(shape, decoded, stored,
                    new Stats("engine", engine.wall, engine.cpu, decoded),
                    new Stats("floor(1 thread)", floor1.wall, floor1.cpu, decoded),
                    new Stats("floor(2 threads)", floor2.wall, floor2.cpu, decoded),
                    new Stats("files only", files.wall, files.cpu, stored),
                    new Stats("zarr-python", zarrPython.wall, zarrPython.cpu, decoded),
                    new Stats("zarr-python out=", zarrPythonInto.wall, zarrPythonInto.cpu, decoded),
                    pythonKernelNote(zarrPython.wall, zarrPython.cpu, pythonSys), pageCache, setup);
        }
    }

    /** What the kernel cost zarr-python in its best z[...] run (numpy's new result is fresh memory each time). */
    private static String pythonKernelNote(double[] wall, double[] cpu, double[] sys) {
        int best = 0;
        for (int i = 1; i < wall.length; i++) {
            best = wall[i] < wall[best] ? i : best;
        }
        return String.format("its best z[...] used %.3f s of CPU, %.3f s of it in the kernel (numpy's new"
                + " result is fresh memory every time; sys time of all runs %s s)", cpu[best], sys[best],
                java.util.Arrays.toString(java.util.Arrays.stream(sys).map(v -> Math.round(v * 100) / 100.0)
                        .toArray()));
    }

    /** Opens the array as a user would and reads it whole with the default IO options. */
    static short[] readWithEngine(String uri) {
        try (Store store = Stores.open(uri, false)) {
            return (short[]) Zarr.openArray(store, "").read();
        }
    }

    /** Wall-clock and process CPU seconds of each run of one contender. */
    private static final class Timer {
        final double[] wall;
        final double[] cpu;

        Timer(int runs) {
            wall = new double[runs];
            cpu = new double[runs];
        }

        void time(int run, LongSupplier work) {
            settle();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            long sink = work.getAsLong();
            wall[run] = (System.nanoTime() - t0) / 1e9;
            long c1 = processCpuNanos();
            cpu[run] = c0 < 0 || c1 < 0 ? Double.NaN : (c1 - c0) / 1e9;
            if (sink == Long.MIN_VALUE) {
                System.out.print(""); // keeps the result alive
            }
        }
    }

    /**
     * A pause before each timed run, so that this JVM's background work after the previous run (concurrent
     * GC, JIT) ends before the next one instead of competing with it for the cores. No System.gc(): a full
     * collection shrinks the heap, and the next run would pay for fresh memory, which no real reader does.
     */
    static void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
    }

    /** CPU time of all this process's threads (JIT and GC included), or -1 when the JVM cannot tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The 1-minute load average (Linux), or "unknown". */
    static String loadAverage() {
        try {
            String s = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
            return s.substring(0, s.indexOf(' '));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static long sumUint16(short[] data) {
        long s = 0;
        for (short v : data) {
            s += v & 0xFFFF;
        }
        return s;
    }
}
