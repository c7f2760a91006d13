package org.zarrij.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark array: a Zarr v2 uint16 array written by zarr-python (Blosc lz4, clevel 5, byte shuffle,
 * 64^3 chunks) with noisy microscope-like content. It lives in its own sub-folder of the bench folder, named
 * by its shape, and is reused while its metadata is right and its completion marker (written last) is there.
 */
final class BenchData {
    /** Changes whenever bench.py's content changes, so old folders are regenerated. */
    static final int CONTENT_VERSION = 1;
    static final int SEED = 42;

    private BenchData() {
    }

    static Path arrayFolder(Path benchDir, long[] shape) {
        return benchDir.resolve("u2-" + BenchShape.describe(shape) + "-blosc-lz4-5-shuffle.zarr");
    }

    /** Returns the array's folder, generating it with zarr-python when missing, stale or {@code regenerate}. */
    static Path prepare(Path benchDir, long[] shape, boolean regenerate, PythonScript python, PrintWriter log) {
        Path folder = arrayFolder(benchDir, shape);
        if (!regenerate && isComplete(folder, shape)) {
            log.println("data: reusing " + folder);
            return folder;
        }
        log.println("data: generating " + folder + " with " + python.executable() + " zarr (once; reused later)...");
        log.flush();
        try {
            Files.createDirectories(benchDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        // zarr.open(mode='w') replaces the folder: it is ours (named by this class), never a user's array.
        JsonNode info = python.run("generate", folder.toString(), Long.toString(shape[0]), Long.toString(shape[1]),
                Long.toString(shape[2]), Integer.toString(SEED));
        log.printf("data: generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (!isComplete(folder, shape)) {
            throw new BenchException(folder + ": zarr-python reported " + info + " but the array's metadata is not"
                    + " what the benchmark expects");
        }
        return folder;
    }

    /** True when {@code folder} holds the finished benchmark array of {@code shape}. */
    static boolean isComplete(Path folder, long[] shape) {
        JsonNode zarray = readJson(folder.resolve(".zarray"));
        JsonNode zattrs = readJson(folder.resolve(".zattrs"));
        if (zarray == null || zattrs == null) {
            return false;
        }
        JsonNode c = zarray.path("compressor");
        JsonNode marker = zattrs.path("zarr_ij_bench");
        return zarray.path("zarr_format").asInt() == 2
                && zarray.path("dtype").asText().equals("<u2")
                && zarray.path("order").asText().equals("C")
                && zarray.path("filters").isNull()
                && sameInts(zarray.path("shape"), shape)
                && sameInts(zarray.path("chunks"), new long[]{BenchShape.CHUNK, BenchShape.CHUNK, BenchShape.CHUNK})
                && c.path("id").asText().equals("blosc") && c.path("cname").asText().equals("lz4")
                && c.path("clevel").asInt() == 5 && c.path("shuffle").asInt() == 1
                && marker.path("complete").asBoolean(false)
                && marker.path("content").asInt() == CONTENT_VERSION
                && marker.path("seed").asInt() == SEED;
    }

    private static boolean sameInts(JsonNode array, long[] expected) {
        if (!array.isArray() || array.size() != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (array.get(i).asLong() != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            return null; // unreadable metadata: regenerate
        }
    }
}
