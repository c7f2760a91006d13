package org.zarrij.cli.bench;

import java.util.Arrays;

/**
 * The timed runs of one contender: wall-clock seconds per run, the process CPU seconds each run used (NaN
 * when unknown) and the decoded bytes each run produced.
 */
public record Stats(String label, double[] seconds, double[] cpuSeconds, long bytes) {
    private static final double MIB = 1024.0 * 1024.0;

    public Stats {
        if (seconds.length == 0) {
            throw new IllegalArgumentException(label + ": no timed runs");
        }
        seconds = seconds.clone();
        cpuSeconds = cpuSeconds.clone();
    }

    /** The median CPU seconds per run (all threads of the process), NaN when unknown. */
    public double medianCpuSeconds() {
        return median(cpuSeconds);
    }

    public double medianSeconds() {
        return median(seconds);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    public double bestSeconds() {
        return Arrays.stream(seconds).min().orElseThrow();
    }

    /** Throughput of the median run, in MiB of decoded data per second. */
    public double mibPerSecond() {
        return bytes / MIB / medianSeconds();
    }

    /** The least CPU seconds a run used, NaN when unknown. */
    public double leastCpuSeconds() {
        return Arrays.stream(cpuSeconds).min().orElse(Double.NaN);
    }

    /** MiB of decoded data per CPU second, from the run that used the least CPU; NaN when unknown. */
    public double mibPerCpuSecond() {
        return bytes / MIB / leastCpuSeconds();
    }

    /** Throughput of the fastest run. */
    public double bestMibPerSecond() {
        return bytes / MIB / bestSeconds();
    }

    @Override
    public String toString() {
        return String.format("%s %.0f MiB/s (best), %.0f MiB/s (median)", label, bestMibPerSecond(), mibPerSecond());
    }
}
