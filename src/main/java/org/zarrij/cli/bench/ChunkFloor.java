package org.zarrij.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.zarrij.CodecException;
import org.zarrij.array.ZarrArray;
import org.zarrij.codec.CodecChain;

/**
 * The floor the engine is measured against: read every chunk file and decompress it with the same codec
 * chain the engine uses (our pure-Java Blosc, into a reused buffer), in a tight loop, with no store layer,
 * region planning, copying into a result or thread pool. What the engine adds on top of this is its overhead.
 */
final class ChunkFloor {
    private final List<Path> files = new ArrayList<>();
    private final CodecChain chain;
    private final long chunkBytes;

    ChunkFloor(Path folder, ZarrArray array) {
        this.chain = array.codecChain();
        this.chunkBytes = chain.spec().byteSize();
        long[] grid = array.metadata().chunkGrid().gridShape();
        long[] coords = new long[grid.length];
        forEachPosition(grid, 0, coords, () -> files.add(folder.resolve(array.chunkKey(coords))));
    }

    private static void forEachPosition(long[] grid, int d, long[] coords, Runnable body) {
        if (d == grid.length) {
            body.run();
            return;
        }
        for (long i = 0; i < grid[d]; i++) {
            coords[d] = i;
            forEachPosition(grid, d + 1, coords, body);
        }
    }

    List<Path> files() {
        return files;
    }

    /** Decoded bytes of one pass: every chunk, whole. */
    long decodedBytes() {
        return chunkBytes * files.size();
    }

    /**
     * Reads and decodes every chunk on {@code threads} plain threads, each decoding into its own reused buffer
     * as the engine's workers do; returns a checksum of the decoded data (or a cheap token without it).
     */
    long pass(int threads, boolean checksum) {
        return run(threads, (f, buffer) -> {
            byte[] chunk = chain.decode(read(f), buffer);
            if (chunk.length != chunkBytes) {
                throw new CodecException(f + ": decoded " + chunk.length + " bytes, expected " + chunkBytes);
            }
            return checksum ? sumUint16(chunk) : chunk[chunk.length - 1];
        });
    }

    /** Only reads every chunk file (no decoding); returns the stored bytes read. */
    long readOnlyPass() {
        return run(1, (f, buffer) -> read(f).length);
    }

    /** Total size of the chunk files. */
    long storedBytes() {
        long n = 0;
        for (Path f : files) {
            try {
                n += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    private interface PerFile {
        long apply(Path file, byte[] buffer);
    }

    private byte[] newBuffer() {
        int size = chain.decodeBufferSize();
        return size > 0 ? new byte[size] : null;
    }

    private long run(int threads, PerFile body) {
        if (threads == 1) {
            byte[] buffer = newBuffer();
            long acc = 0;
            for (Path f : files) {
                acc += body.apply(f, buffer);
            }
            return acc;
        }
        AtomicInteger next = new AtomicInteger();
        long[] partial = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int me = t;
            workers[t] = new Thread(() -> {
                try {
                    byte[] buffer = newBuffer();
                    long acc = 0;
                    int i;
                    while ((i = next.getAndIncrement()) < files.size()) {
                        acc += body.apply(files.get(i), buffer);
                    }
                    partial[me] = acc;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "zarr-ij-bench-floor-" + t);
            workers[t].start();
        }
        long acc = 0;
        for (int t = 0; t < threads; t++) {
            try {
                workers[t].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchException("interrupted", e);
            }
            acc += partial[t];
        }
        if (failure.get() != null) {
            throw new BenchException("floor pass failed: " + failure.get(), failure.get());
        }
        return acc;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sum of little-endian uint16 values, to check that every contender decoded the same data. */
    static long sumUint16(byte[] b) {
        long s = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            s += (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
        }
        return s;
    }
}
