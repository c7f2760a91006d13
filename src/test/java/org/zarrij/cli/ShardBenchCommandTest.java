package org.zarrij.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of bench-shards at a tiny size: it completes and reports the figures it promises (no timing assertions). */
class ShardBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsRequestsBytesAndThroughput() {
        CommandLineTest.Result r = CommandLineTest.run("bench-shards", "--dir", dir.toString(), "--size-mib", "1",
                "--width", "128", "--samples", "10", "--runs", "1");
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("unsharded [0-9.]+ ms, 1\\.00 requests, \\d+ bytes per chunk \\| sharded [0-9.]+ ms,"
                + " 2\\.00 requests").matcher(r.out());
        assertTrue(m.find(), "one request per unsharded chunk, two per sharded chunk: " + r.out());
        assertTrue(r.out().matches("(?s).*whole array \\(best of 1\\): unsharded \\d+ MiB/s \\| sharded \\d+ MiB/s.*"), r.out());
    }
}
