package org.zarrij.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zarrij.cli.bench.ReadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zarr-ij bench}: whole-array read throughput of the engine vs. the decode floor and zarr-python. */
@Command(name = "bench", description = {
    "Read a whole uint16 Zarr v2 array (Blosc lz4 shuffle, 64^3 chunks, written by zarr-python) three ways and",
    "compare: the engine, the floor (chunk files read and decoded in a tight loop, 1 and 2 threads) and",
    "zarr-python. Files are read warm (one untimed pass first); prints MiB/s (median of --runs) and ratios."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "target/bench-data",
            description = "Where the generated array lives; reused when present (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--size-mib", paramLabel = "N", defaultValue = "512",
            description = "Array size in MiB, a power of two from 1 to 1024 (default: ${DEFAULT-VALUE})")
    int sizeMib;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Timed runs of each contender after one warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--python", paramLabel = "EXE", defaultValue = "/usr/bin/python3",
            description = "Python with zarr and numcodecs (default: ${DEFAULT-VALUE})")
    String python;

    @Option(names = "--regenerate", description = "Write the array anew even when it is present")
    boolean regenerate;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var options = new ReadBenchmark.Options(dir, sizeMib, runs, python, regenerate);
        new ReadBenchmark(options, out).run().print(out);
        return Main.OK;
    }
}
