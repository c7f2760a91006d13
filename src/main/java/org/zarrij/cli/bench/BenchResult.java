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
        String pageCache,
        String setup) {

    /** The goals from the issue: at least this fraction of the floor and this multiple of zarr-python. */
    public static final double FLOOR_GOAL = 0.8;
    public static final double PYTHON_GOAL = 2.0;

    public double engineOverFloor1() {
        return engine.mibPerSecond() / floor1.mibPerSecond();
    }

    public double engineOverFloor2() {
        return engine.mibPerSecond() / floor2.mibPerSecond();
    }

    public double engineOverPython() {
        return engine.mibPerSecond() / python.mibPerSecond();
    }

    /** The one-line summary (median runs). */
    public String summary() {
        return String.format("engine %.0f MiB/s | floor(1 thread) %.0f MiB/s | floor(2 threads) %.0f MiB/s"
                + " | zarr-python %.0f MiB/s | engine/floor(1 thread) %.2fx | engine/floor(2 threads) %.2fx"
                + " | engine/zarr-python %.2fx",
                engine.mibPerSecond(), floor1.mibPerSecond(), floor2.mibPerSecond(), python.mibPerSecond(),
                engineOverFloor1(), engineOverFloor2(), engineOverPython());
    }

    public void print(PrintWriter out) {
        out.printf("array: %s uint16, %.0f MiB decoded, %.1f MiB stored (%.1f%%), Zarr v2, zarr-python Blosc lz4"
                + " clevel 5 shuffle, chunks 64x64x64%n", BenchShape.describe(shape), decodedBytes / 1048576.0,
                storedBytes / 1048576.0, 100.0 * storedBytes / decodedBytes);
        out.println("setup: " + setup);
        out.println("page cache: " + pageCache);
        out.printf("runs: %d timed after one untimed warm-up; MiB/s of decoded data, median (best); CPU seconds of"
                + " the whole process per run (median)%n", engine.seconds().length);
        for (Stats s : new Stats[]{engine, floor1, floor2, python}) {
            out.printf("  %-18s %7.0f MiB/s (%.0f)  median %.3f s, CPU %.3f s%n", s.label(), s.mibPerSecond(),
                    s.bestMibPerSecond(), s.medianSeconds(), s.medianCpuSeconds());
        }
        out.printf("  %-18s %7.0f MiB/s of stored bytes (%.0f): reading the chunk files alone, 1 thread%n",
                filesOnly.label(), filesOnly.mibPerSecond(), filesOnly.bestMibPerSecond());
        out.printf("CPU cost, MiB decoded per CPU second (less sensitive to other load than wall time): engine %.0f"
                + " | floor(1 thread) %.0f | floor(2 threads) %.0f | zarr-python %.0f%n", engine.mibPerCpuSecond(),
                floor1.mibPerCpuSecond(), floor2.mibPerCpuSecond(), python.mibPerCpuSecond());
        out.println(summary());
        out.printf("goals: engine >= %.1fx floor(2 threads): %s (%.2fx; vs 1 thread %.2fx) | engine >= %.0fx"
                + " zarr-python: %s (%.2fx)%n", FLOOR_GOAL, engineOverFloor2() >= FLOOR_GOAL ? "met" : "NOT met",
                engineOverFloor2(), engineOverFloor1(), PYTHON_GOAL, engineOverPython() >= PYTHON_GOAL ? "met"
                        : "NOT met", engineOverPython());
        out.flush();
    }
}
