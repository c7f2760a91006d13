package org.zarrij.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zarrij.ZarrException;
import org.zarrij.array.Region;
import org.zarrij.array.Slice;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrArray;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zarr-ij export URI --out FILE.npy [--array PATH] [--region SPEC]}: a region to NumPy .npy. */
@Command(name = "export", description = "Write an array or a region of it to a NumPy .npy file (C order, little-endian).")
final class ExportCommand implements Callable<Integer> {
    /** Slabs of at most this many elements are read and written at a time, so memory stays bounded. */
    private static final long SLAB_ELEMENTS = 1L << 24;

    @Parameters(index = "0", paramLabel = "URI")
    String uri;

    @Option(names = "--out", required = true, paramLabel = "FILE.npy")
    Path out;

    @Option(names = "--array", paramLabel = "PATH", description = "The array inside the store (default: the root)")
    String path = "";

    @Option(names = "--region", paramLabel = "SPEC", description = "start:stop[:step] or an index per dimension, comma-separated")
    String region;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Store store = Stores.open(uri, false)) {
            ZarrArray array = Zarr.openArray(store, path);
            Region r = Region.parse(region, array.shape());
            r.checkWithin(array.shape());
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "." + out.getFileName(), ".tmp");
            try {
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
                    Npy.writeHeader(os, array.dataType(), r.shape());
                    writeData(array, r, os);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return Main.OK;
        }
    }

    private void writeData(ZarrArray array, Region r, OutputStream os) throws IOException {
        List<Region> slabs = slabs(r);
        Progress progress = slabs.size() > 1 ? new Progress(spec.commandLine().getErr(), "export", slabs.size()) : null;
        for (int i = 0; i < slabs.size(); i++) {
            Object data = array.read(slabs.get(i));
            os.write(toLittleEndianBytes(data));
            if (progress != null) {
                progress.update(i + 1);
            }
        }
        if (progress != null) {
            progress.done();
        }
    }

    /** Splits a region along its first dimension into slabs of bounded size (C order keeps them consecutive). */
    static List<Region> slabs(Region r) {
        List<Region> out = new ArrayList<>();
        if (r.rank() == 0 || r.numElements() <= SLAB_ELEMENTS) {
            out.add(r);
            return out;
        }
        Slice first = r.slices().get(0);
        long perRow = first.count() == 0 ? 1 : r.numElements() / first.count();
        long rows = Math.max(1, SLAB_ELEMENTS / Math.max(1, perRow));
        if (perRow * 1L > Integer.MAX_VALUE / 2) {
            throw new ZarrException("region " + r + " has rows too large to export; select a smaller region");
        }
        for (long j = 0; j < first.count(); j += rows) {
            long n = Math.min(rows, first.count() - j);
            long start = first.start() + j * first.step();
            Slice s = first.index() ? first : new Slice(start, Math.min(first.stop(), start + n * first.step()),
                    first.step(), false);
            List<Slice> slices = new ArrayList<>(r.slices());
            slices.set(0, s);
            out.add(new Region(slices));
        }
        return out;
    }

    static byte[] toLittleEndianBytes(Object data) {
        if (data instanceof byte[] b) {
            return b;
        }
        int n = java.lang.reflect.Array.getLength(data);
        ByteBuffer buf;
        if (data instanceof short[] a) {
            buf = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
            buf.asShortBuffer().put(a);
        } else if (data instanceof int[] a) {
            buf = ByteBuffer.allocate(n * 4).order(ByteOrder.LITTLE_ENDIAN);
            buf.asIntBuffer().put(a);
        } else if (data instanceof long[] a) {
            buf = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
            buf.asLongBuffer().put(a);
        } else if (data instanceof float[] a) {
            buf = ByteBuffer.allocate(n * 4).order(ByteOrder.LITTLE_ENDIAN);
            buf.asFloatBuffer().put(a);
        } else {
            double[] a = (double[]) data;
            buf = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
            buf.asDoubleBuffer().put(a);
        }
        return buf.array();
    }
}
