package org.zarrij.cli.bench;

import java.io.PrintWriter;

/**
 * What one bench run measured, all in the same run on the same data: the engine, the single- and
 * two-thread floors, zarr-python, and (for context) reading the files alone.
 */
public record BenchResult(
        long[] shape,
        long decodedBytes,
        long storedBytes,
        Stats engine,
        Stats floor1,
        Stats floor2,
        Stats filesOnly,
        Stats python,
        Stats pythonInto,
        String pythonKernel,
        String pageCache,
        String setup) {

    /** The goals from the issue: at least this fraction of the floor and this multiple of zarr-python. */
    public static final double FLOOR_GOAL = 0.8;
    public static final double PYTHON_GOAL = 2.0;

    /** The ratios use each contender's best run: on a shared machine it is the least disturbed one. */
    public double engineOverFloor1() {
        return engine.bestMibPerSecond() / floor1.bestMibPerSecond();
    }

    public double engineOverFloor2() {
        return engine.bestMibPerSecond() / floor2.bestMibPerSecond();
    }

    public double engineOverPython() {
        return engine.bestMibPerSecond() / python.bestMibPerSecond();
    }

    /** The one-line summary (best runs). */
    public String summary() {
        return String.format("engine %.0f MiB/s | floor(1 thread) %.0f MiB/s | floor(2 threads) %.0f MiB/s"
                + " | zarr-python %.0f MiB/s | engine/floor(1 thread) %.2fx | engine/floor(2 threads) %.2fx"
                + " | engine/zarr-python %.2fx",
                engine.bestMibPerSecond(), floor1.bestMibPerSecond(), floor2.bestMibPerSecond(),
                python.bestMibPerSecond(), engineOverFloor1(), engineOverFloor2(), engineOverPython());
    }

    public void print(PrintWriter out) {
        out.printf("array: %s uint16, %.0f MiB decoded, %.1f MiB stored (%.1f%%), Zarr v2, zarr-python Blosc lz4"
                + " clevel 5 shuffle, chunks 64x64x64%n", BenchShape.describe(shape), decodedBytes / 1048576.0,
                storedBytes / 1048576.0, 100.0 * storedBytes / decodedBytes);
        out.println("setup: " + setup);
        out.println("page cache: " + pageCache);
        out.printf("runs: %d timed per contender, interleaved, after one untimed warm-up each. MiB/s of decoded data:"
                + " best run (median run); CPU: least process CPU seconds of a run, all threads%n",
                engine.seconds().length);
        for (Stats s : new Stats[]{engine, floor1, floor2, python, pythonInto}) {
            out.printf("  %-17s %6.0f MiB/s (%4.0f)  %.3f s (%.3f s)  CPU %.3f s = %4.0f MiB per CPU second%n",
                    s.label(), s.bestMibPerSecond(), s.mibPerSecond(), s.bestSeconds(), s.medianSeconds(),
                    s.leastCpuSeconds(), s.mibPerCpuSecond());
        }
        out.printf("  %-17s %6.0f MiB/s (%4.0f) of stored bytes: reading the chunk files alone, 1 thread%n",
                filesOnly.label(), filesOnly.bestMibPerSecond(), filesOnly.mibPerSecond());
        out.println("zarr-python: " + pythonKernel + "; 'out=' is a.get_basic_selection(..., out=) into one"
                + " preallocated array, for reference: engine/that " + String.format("%.2fx",
                engine.bestMibPerSecond() / pythonInto.bestMibPerSecond()));
        out.println(summary());
        out.printf("goals: engine >= %.1fx floor: %s against floor(2 threads) (%.2fx), %s against floor(1 thread)"
                + " (%.2fx) | engine >= %.0fx zarr-python: %s (%.2fx)%n", FLOOR_GOAL,
                met(engineOverFloor2() >= FLOOR_GOAL), engineOverFloor2(), met(engineOverFloor1() >= FLOOR_GOAL),
                engineOverFloor1(), PYTHON_GOAL, met(engineOverPython() >= PYTHON_GOAL), engineOverPython());
        out.flush();
    }

    private static String met(boolean ok) {
        return ok ? "met" : "NOT met";
    }
}
