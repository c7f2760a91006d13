package org.zarrij.cli;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.zarrij.ZarrException;
import org.zarrij.array.ArrayDefinition;
import org.zarrij.array.Primitive;
import org.zarrij.array.Region;
import org.zarrij.array.Slice;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrArray;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.FillValues;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zarr-ij import FILE.npy URI [options]}: a NumPy .npy file into a new Zarr array. */
@Command(name = "import", description = "Write a NumPy .npy file into a new Zarr array.")
final class ImportCommand implements Callable<Integer> {
    private static final long SLAB_BYTES = 64L << 20;
    private static final long TARGET_CHUNK_BYTES = 1L << 20;

    @Parameters(index = "0", paramLabel = "FILE.npy")
    Path input;

    @Parameters(index = "1", paramLabel = "URI")
    String uri;

    @Option(names = "--array", paramLabel = "PATH", description = "Where inside the store (default: the root)")
    String path = "";

    @Option(names = "--zarr-format", paramLabel = "2|3", defaultValue = "3")
    int zarrFormat;

    @Option(names = "--chunks", paramLabel = "c0,c1,..", split = ",")
    int[] chunks;

    @Option(names = "--shards", paramLabel = "s0,s1,..", split = ",",
            description = "Zarr v3 only: store chunks in shards of this shape (multiples of --chunks)")
    int[] shards;

    @Option(names = "--codec", paramLabel = "SPEC", description = "none | gzip[:level] | zlib[:level] | zstd[:level] | lz4"
            + " | bz2 | blosc[:cname[:clevel[:shuffle|bitshuffle|noshuffle]]] (default blosc:lz4:5:shuffle for v2,"
            + " zstd:0 for v3)")
    String codec;

    @Option(names = "--fill-value", paramLabel = "V")
    String fillValue;

    @Option(names = "--order", paramLabel = "C|F", defaultValue = "C")
    char order;

    @Option(names = "--dimension-separator", paramLabel = ".|/")
    Character separator;

    @Option(names = "--overwrite", description = "Replace an existing array")
    boolean overwrite;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (zarrFormat != 2 && zarrFormat != 3) {
            throw new ZarrException("--zarr-format must be 2 or 3, found " + zarrFormat);
        }
        if (order != 'C' && order != 'F') {
            throw new ZarrException("--order must be C or F, found " + order);
        }
        if (separator != null && separator != '.' && separator != '/') {
            throw new ZarrException("--dimension-separator must be '.' or '/', found '" + separator + "'");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 20)) {
            Npy.Header h = Npy.readHeader(in, input.toString());
            DataType type = h.type().dataType();
            long[] shape = h.shape();
            int[] c = chunks != null ? chunks : guessChunks(shape, type.itemSize());
            if (c.length != shape.length) {
                throw new ZarrException("--chunks has " + c.length + " entries, the array has " + shape.length
                        + " dimensions " + Arrays.toString(shape));
            }
            String codecSpec = codec != null ? codec : zarrFormat == 2 ? "blosc:lz4:5:shuffle" : "zstd:0";
            ArrayDefinition def = ArrayDefinition.of(shape, c, type).withZarrFormat(zarrFormat).withOrder(order)
                    .withCompressors(CodecSpecs.parse(codecSpec, type))
                    .withFillValue(fillValue == null ? null : FillValues.parseText(fillValue, type));
            if (separator != null) {
                def = def.withSeparator(separator);
            }
            if (shards != null) {
                def = def.withShards(shards);
            }
            try (Store store = Stores.open(uri, true)) {
                ZarrArray array = Zarr.createArray(store, path, def, overwrite);
                writeData(array, h, in);
            }
            return Main.OK;
        }
    }

    private void writeData(ZarrArray array, Npy.Header h, InputStream in) throws IOException {
        DataType type = h.type().dataType();
        ByteOrder order = h.type().order() == DataType.ByteOrderMark.BIG ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        long[] shape = h.shape();
        DataInputStream data = new DataInputStream(in);
        if (h.fortranOrder() && shape.length > 1) {
            long bytes = h.numElements() * type.itemSize();
            if (bytes > Integer.MAX_VALUE - 16) {
                throw new ZarrException(input + ": Fortran-ordered .npy files over 2 GiB are not supported");
            }
            byte[] all = new byte[(int) bytes];
            data.readFully(all);
            array.write(Region.all(shape), toPrimitive(fortranToC(all, shape, type.itemSize()), type, order));
            return;
        }
        if (shape.length == 0) {
            byte[] one = new byte[type.itemSize()];
            data.readFully(one);
            array.write(Region.all(shape), toPrimitive(one, type, order));
            return;
        }
        long rowBytes = type.itemSize();
        for (int d = 1; d < shape.length; d++) {
            rowBytes *= shape[d];
        }
        int c0 = array.chunkShape()[0]; // the stored grid: shards when sharded
        long rows = Math.max(1, SLAB_BYTES / Math.max(1, rowBytes) / c0) * c0;
        Progress progress = new Progress(spec.commandLine().getErr(), "import", shape[0]);
        for (long r = 0; r < shape[0]; r += rows) {
            long n = Math.min(rows, shape[0] - r);
            if (n * rowBytes > Integer.MAX_VALUE - 16) {
                throw new ZarrException(input + ": rows of " + rowBytes + " bytes are too large to import");
            }
            byte[] slab = new byte[(int) (n * rowBytes)];
            data.readFully(slab);
            java.util.List<Slice> slices = new java.util.ArrayList<>(Region.all(shape).slices());
            slices.set(0, Slice.range(r, r + n));
            array.write(new Region(slices), toPrimitive(slab, type, order));
            if (shape[0] * rowBytes > SLAB_BYTES) {
                progress.update(r + n);
            }
        }
        if (shape[0] * rowBytes > SLAB_BYTES) {
            progress.done();
        }
    }

    /** Chunks of about 1 MiB: halve the largest dimension until the chunk is small enough. */
    static int[] guessChunks(long[] shape, int itemSize) {
        int[] c = new int[shape.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (int) Math.max(1, Math.min(shape[i], 1 << 20));
        }
        while (true) {
            long bytes = itemSize;
            int largest = -1;
            for (int i = 0; i < c.length; i++) {
                bytes *= c[i];
                if (c[i] > 1 && (largest < 0 || c[i] > c[largest])) {
                    largest = i;
                }
            }
            if (bytes <= TARGET_CHUNK_BYTES || largest < 0) {
                return c;
            }
            c[largest] = (c[largest] + 1) / 2;
        }
    }

    static Object toPrimitive(byte[] bytes, DataType type, ByteOrder order) {
        Primitive p = Primitive.of(type);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
        Object out = p.allocate(bytes.length / p.bytes());
        switch (p) {
            case BYTE -> System.arraycopy(bytes, 0, out, 0, bytes.length);
            case SHORT -> b.asShortBuffer().get((short[]) out);
            case INT -> b.asIntBuffer().get((int[]) out);
            case LONG -> b.asLongBuffer().get((long[]) out);
            case FLOAT -> b.asFloatBuffer().get((float[]) out);
            case DOUBLE -> b.asDoubleBuffer().get((double[]) out);
        }
        return out;
    }

    private static byte[] fortranToC(byte[] f, long[] shape, int itemSize) {
        byte[] c = new byte[f.length];
        int rank = shape.length;
        long n = f.length / itemSize;
        long[] idx = new long[rank];
        for (long ci = 0; ci < n; ci++) {
            long fi = 0;
            long stride = 1;
            for (int d = 0; d < rank; d++) {
                fi += idx[d] * stride;
                stride *= shape[d];
            }
            System.arraycopy(f, (int) (fi * itemSize), c, (int) (ci * itemSize), itemSize);
            for (int d = rank - 1; d >= 0 && ++idx[d] == shape[d]; d--) {
                idx[d] = 0;
            }
        }
        return c;
    }
}
