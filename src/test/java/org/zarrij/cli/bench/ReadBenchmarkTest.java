package org.zarrij.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.cli.Main;

/** Smoke tests of the bench at 2 MiB: it completes and every contender reports a positive throughput (not timed). */
class ReadBenchmarkTest {

    @Test
    void tinyBenchCompletesWithPositiveThroughputsAndTheCommandReusesItsData(@TempDir Path dir) {
        StringWriter log = new StringWriter();
        BenchResult r = new ReadBenchmark(new ReadBenchmark.Options(dir, 2, 1, "/usr/bin/python3", false),
                new PrintWriter(log, true)).run();

        assertArrayEquals(new long[]{128, 128, 64}, r.shape());
        assertEquals(2L << 20, r.decodedBytes());
        assertTrue(r.storedBytes() > 0 && r.storedBytes() < r.decodedBytes(), "compressed: " + r.storedBytes());
        for (Stats s : new Stats[]{r.engine(), r.floor1(), r.floor2(), r.python(), r.pythonInto(), r.filesOnly()}) {
            assertTrue(s.mibPerSecond() > 0 && Double.isFinite(s.mibPerSecond()), s.label() + ": " + s);
        }
        assertTrue(r.engineOverFloor1() > 0 && r.engineOverFloor2() > 0 && r.engineOverPython() > 0);
        assertTrue(log.toString().contains("data: generating"), log.toString());
        assertTrue(r.summary().startsWith("engine "), r.summary());

        // The command line on the same folder reuses the array and prints the ratios.
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"bench", "--dir", dir.toString(), "--size-mib", "2", "--runs", "1"};
        assertEquals(Main.OK, Main.run(args, new PrintWriter(out), new PrintWriter(err)), err.toString());
        String text = out.toString();
        assertTrue(text.contains("data: reusing"), text);
        assertTrue(text.contains("page cache: "), text);
        assertTrue(text.contains("zarr-python: its best z[...] used"), text);
        assertTrue(text.matches("(?s).*engine/floor\\(2 threads\\) [0-9.]+x \\| engine/zarr-python [0-9.]+x.*"), text);
    }

    @Test
    void sizesAreWholeChunksAndCheckedUpFront() {
        assertArrayEquals(new long[]{1024, 512, 512}, BenchShape.forMib(512));
        assertArrayEquals(new long[]{128, 64, 64}, BenchShape.forMib(1));
        assertArrayEquals(new long[]{512, 256, 256}, BenchShape.forMib(64));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchShape.forMib(100));
        assertTrue(e.getMessage().contains("power of two"), e.getMessage());
        StringWriter err = new StringWriter();
        assertEquals(Main.ERROR, Main.run(new String[]{"bench", "--size-mib", "3"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err)));
        assertTrue(err.toString().contains("--size-mib: expected a power of two"), err.toString());
    }
}
