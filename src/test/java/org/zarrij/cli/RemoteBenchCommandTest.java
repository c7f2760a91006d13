package org.zarrij.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of bench-remote at a tiny size: it completes and reports what it promises (no timing assertions). */
class RemoteBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void smallRunReportsRequestsBytesAndThroughput() {
        CommandLineTest.Result r = CommandLineTest.run("bench-remote", "--dir", dir.toString(), "--width", "512",
                "--planes", "2", "--runs", "0", "--latency-ms", "1", "--in-flight", "1,4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("open + one plane of level 0:"), r.out());
        // A plane of 512x512 in 256x256 chunks: 4 chunk requests after one for the consolidated root document.
        assertTrue(r.out().contains(" 5 requests"), r.out());
        assertTrue(r.out().contains("= 1.000x"), r.out());
        assertTrue(r.out().contains("in flight   1:") && r.out().contains("in flight   4:"), r.out());
    }
}
