package org.zarrij.cli.bench;

import java.util.Arrays;

/** The timed runs of one contender: seconds per run and the decoded bytes each run produced. */
public record Stats(String label, double[] seconds, long bytes) {
    private static final double MIB = 1024.0 * 1024.0;

    public Stats {
        if (seconds.length == 0) {
            throw new IllegalArgumentException(label + ": no timed runs");
        }
        seconds = seconds.clone();
    }

    public double medianSeconds() {
        double[] s = seconds.clone();
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

    /** Throughput of the fastest run. */
    public double bestMibPerSecond() {
        return bytes / MIB / bestSeconds();
    }

    @Override
    public String toString() {
        return String.format("%s %.0f MiB/s", label, mibPerSecond());
    }
}
