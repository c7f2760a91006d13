package org.zarrij.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How much of the chunk files the page cache holds, asked of util-linux {@code fincore} when it is
 * installed. The benchmark reads warm (after an untimed pass) and says so; it never drops caches.
 */
final class PageCache {
    private static final int FILES_PER_CALL = 256;

    private PageCache() {
    }

    /** A one-line description of the cache state of {@code files} (of {@code storedBytes} in total). */
    static String describe(List<Path> files, long storedBytes) {
        String size = String.format("%.1f MiB", storedBytes / 1048576.0);
        long resident = residentBytes(files);
        String avail = memAvailable();
        if (resident < 0) {
            return "warm (assumed): the untimed warm-up pass read all " + files.size() + " chunk files (" + size
                    + ") just before; fincore is not installed to confirm it" + avail;
        }
        double pct = storedBytes == 0 ? 100 : 100.0 * resident / storedBytes;
        return String.format("%s: %.1f%% of the %d chunk files (%s) are in the page cache after the untimed warm-up"
                + " pass (fincore); every timed run reads from memory, not disk%s",
                pct >= 99.5 ? "warm" : "partly cold", pct, files.size(), size, avail);
    }

    /** Bytes of {@code files} in the page cache (each capped at its size), or -1 when fincore cannot tell. */
    static long residentBytes(List<Path> files) {
        long total = 0;
        for (int from = 0; from < files.size(); from += FILES_PER_CALL) {
            List<String> cmd = new ArrayList<>(List.of("fincore", "--bytes", "--noheadings", "--raw", "--output",
                    "RES,SIZE"));
            for (Path f : files.subList(from, Math.min(files.size(), from + FILES_PER_CALL))) {
                cmd.add(f.toString());
            }
            try {
                Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(1, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    return -1;
                }
                for (String line : out.split("\n")) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length == 2) {
                        total += Math.min(Long.parseLong(f[0]), Long.parseLong(f[1]));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return total;
    }

    private static String memAvailable() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("MemAvailable:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(" (MemAvailable %.1f GiB)", kib / 1048576.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: say nothing
        }
        return "";
    }
}
