package org.zarrij.array;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.zarrij.CodecException;
import org.zarrij.ZarrException;
import org.zarrij.codec.CodecChain;
import org.zarrij.codec.sharding.ShardingCodec;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.FillValues;
import org.zarrij.store.Store;

/**
 * A Zarr array (v2 or v3): an immutable snapshot of its metadata plus the means to read and write regions.
 * Regions move between the store and Java primitive arrays in C order (see {@link Primitive}); chunks are
 * read, decoded and copied in parallel on a bounded pool. Missing chunks read as the fill value without IO.
 */
public final class ZarrArray implements ZarrNode {
    private final Store store;
    private final String path;
    private final ArrayMetadata metadata;
    private final CodecChain chain;
    private final IoOptions io;
    private final Primitive primitive;
    private final int units;
    private final boolean fillValueUndefined;

    ZarrArray(Store store, String path, ArrayMetadata metadata, IoOptions io) {
        this.store = store;
        this.path = path;
        this.metadata = metadata;
        this.chain = metadata.codecChain(key(metadataKey()) + ": /codecs");
        this.io = io;
        this.primitive = Primitive.of(metadata.dataType());
        this.units = Primitive.unitsPerElement(metadata.dataType());
        this.fillValueUndefined = metadata.v2Layout().map(V2Layout::fillValueNull).orElse(false);
    }

    /** How chunk IO runs: the executor, how many chunks at once, whether all-fill chunks are stored. */
    public record IoOptions(ExecutorService executor, int parallelism, boolean writeEmptyChunks) {
        public static final IoOptions DEFAULT = new IoOptions(Parallel.sharedExecutor(), Parallel.DEFAULT_PARALLELISM,
                false);

        /**
         * The defaults for {@code store}: more chunks at once for stores that prefer many requests in flight
         * (remote stores), up to the shared pool's size.
         */
        public static IoOptions forStore(Store store) {
            int preferred = Math.min(store.preferredConcurrency(), Parallel.MAX_SHARED_THREADS);
            return preferred <= DEFAULT.parallelism() ? DEFAULT : new IoOptions(DEFAULT.executor(), preferred, false);
        }
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public int zarrFormat() {
        return metadata.zarrFormat();
    }

    @Override
    public ObjectNode attributes() {
        return metadata.attributes();
    }

    public ArrayMetadata metadata() {
        return metadata;
    }

    public long[] shape() {
        return metadata.shape();
    }

    public int[] chunkShape() {
        return metadata.chunkShape();
    }

    public DataType dataType() {
        return metadata.dataType();
    }

    public int rank() {
        return metadata.rank();
    }

    public CodecChain codecChain() {
        return chain;
    }

    public IoOptions ioOptions() {
        return io;
    }

    /** The same array with other IO options. */
    public ZarrArray withIoOptions(IoOptions options) {
        return new ZarrArray(store, path, metadata, options);
    }

    String metadataKey() {
        return metadata.zarrFormat() == 3 ? V3Metadata.KEY : V2Metadata.ARRAY_KEY;
    }

    /** The store key of the chunk at grid position {@code coords}. */
    public String chunkKey(long[] coords) {
        return key(metadata.chunkKeyEncoding().key(coords));
    }

    /** The decoded chunk at {@code coords}, or empty when it is not stored. */
    public Optional<byte[]> readChunk(long[] coords) {
        return readChunk(coords, null);
    }

    /** Like {@link #readChunk(long[])}, but the result may be {@code buffer} (see CodecChain.decode(stored, buffer)). */
    private Optional<byte[]> readChunk(long[] coords, byte[] buffer) {
        String k = chunkKey(coords);
        Optional<byte[]> stored = store.get(k);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(chain.decode(stored.get(), buffer));
        } catch (CodecException e) {
            throw new CodecException(k + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof ZarrException) {
                throw e;
            }
            throw new CodecException(k + ": cannot decode chunk: " + e, e);
        }
    }

    /** The whole array as a new primitive array (see {@link Primitive}). */
    public Object read() {
        return read(Region.all(metadata.shape()));
    }

    /** A region as a new primitive array in C order of {@code region.shape()}. */
    public Object read(Region region) {
        long n = region.numElements() * units;
        if (n > Integer.MAX_VALUE - 16) {
            throw new ZarrException("region " + region + " has " + region.numElements()
                    + " elements, too many for one Java array; read it in parts");
        }
        Object out = primitive.allocate((int) n);
        readInto(region, out, true);
        return out;
    }

    /** Reads a region into {@code dest} (a primitive array of the right type and at least the region's size). */
    public void read(Region region, Object dest) {
        checkBuffer(region, dest);
        readInto(region, dest, false);
    }

    /**
     * Reads chunk by chunk; a sharded array is read inner chunk by inner chunk with byte ranges, so a
     * region costs only the inner chunks it touches.
     */
    private void readInto(Region region, Object dest, boolean destIsZeroed) {
        region.checkWithin(metadata.shape());
        ShardedChunkReader sharded = partialShardReads() ? new ShardedChunkReader(this,
                (ShardingCodec) chain.arrayToBytes()) : null;
        int[] grid = sharded != null ? sharded.innerShape() : metadata.chunkShape();
        long chunkBytes = sharded != null ? sharded.innerChunkBytes() : chain.spec().byteSize();
        RegionPlan plan = new RegionPlan(region, metadata.shape(), grid);
        long[] strides = strides(region.fullShape());
        boolean fillIsZero = FillValues.isZero(metadata.fillValue());
        byte[][] fillChunk = new byte[1][];
        // Each worker decodes into its own buffer, reused for all its chunks: no chunk-sized garbage per chunk.
        int bufferSize = sharded != null ? sharded.decodeBufferSize() : chain.decodeBufferSize();
        Parallel.forEach(io.executor(), io.parallelism(), plan.numTasks,
                () -> bufferSize > 0 ? new byte[bufferSize] : null, (buffer, t) -> {
                    long[] coords = new long[metadata.rank()];
                    RegionPlan.Part[] parts = new RegionPlan.Part[metadata.rank()];
                    plan.task(t, coords, parts);
                    Optional<byte[]> chunk = sharded != null ? sharded.read(coords, buffer) : readChunk(coords, buffer);
                    byte[] data;
                    if (chunk.isPresent()) {
                        data = chunk.get();
                    } else if (destIsZeroed && fillIsZero) {
                        return;
                    } else {
                        data = sharedFillChunk(fillChunk, chunkBytes);
                    }
                    plan.copy(ChunkView.of(primitive, data), dest, parts, strides, true, units);
                });
    }

    /** Writes {@code src} (a primitive array in C order of {@code region.shape()}) into the region. */
    public void write(Region region, Object src) {
        region.checkWithin(metadata.shape());
        checkBuffer(region, src);
        RegionPlan plan = new RegionPlan(region, metadata.shape(), metadata.chunkShape());
        long[] strides = strides(region.fullShape());
        Parallel.forEach(io.executor(), io.parallelism(), plan.numTasks, t -> {
            long[] coords = new long[metadata.rank()];
            RegionPlan.Part[] parts = new RegionPlan.Part[metadata.rank()];
            plan.task(t, coords, parts);
            byte[] chunk;
            if (plan.coversChunk(parts)) {
                chunk = newFillChunk();
            } else {
                chunk = readChunk(coords).orElseGet(this::newFillChunk);
            }
            plan.copy(ChunkView.of(primitive, chunk), src, parts, strides, false, units);
            storeChunk(coords, chunk);
        });
    }

    /**
     * Encodes and stores one decoded chunk; an all-fill chunk is deleted instead unless asked to keep it, or
     * unless the array has no fill value (v2 {@code "fill_value": null}): zarr-python reads a missing chunk of
     * such an array as uninitialised memory, so every written chunk must be stored.
     */
    public void storeChunk(long[] coords, byte[] chunk) {
        String k = chunkKey(coords);
        if (!io.writeEmptyChunks() && !fillValueUndefined && FillValues.isAll(chunk, metadata.fillValue())) {
            store.delete(k);
            return;
        }
        byte[] encoded;
        try {
            encoded = chain.encode(chunk);
        } catch (CodecException e) {
            throw new CodecException(k + ": " + e.getMessage(), e);
        }
        store.set(k, encoded);
    }

    /**
     * Changes the shape (growing for appends, or shrinking, which deletes chunks wholly outside the new shape)
     * and returns the new handle; this handle keeps describing the old shape.
     */
    public ZarrArray resize(long[] newShape) {
        if (newShape.length != metadata.rank()) {
            throw new ZarrException(key(metadataKey()) + ": resize to " + Arrays.toString(newShape) + " changes the rank "
                    + metadata.rank());
        }
        for (long s : newShape) {
            if (s < 0) {
                throw new ZarrException(key(metadataKey()) + ": resize to negative shape " + Arrays.toString(newShape));
            }
        }
        ArrayMetadata m = metadata.withShape(newShape);
        ZarrArray next = new ZarrArray(store, path, m, io);
        Zarr.writeArrayMetadata(store, path, m);
        deleteChunksOutside(newShape);
        return next;
    }

    private void deleteChunksOutside(long[] newShape) {
        long[] oldGrid = metadata.chunkGrid().gridShape();
        long[] newGrid = new ChunkGrid(newShape, metadata.chunkShape()).gridShape();
        boolean shrinks = false;
        for (int d = 0; d < oldGrid.length; d++) {
            shrinks |= newGrid[d] < oldGrid[d];
        }
        if (!shrinks || !store.capabilities().writable()) {
            return;
        }
        long total = metadata.chunkGrid().numChunks();
        long[] coords = new long[oldGrid.length];
        for (long i = 0; i < total; i++) {
            long rest = i;
            boolean outside = false;
            for (int d = oldGrid.length - 1; d >= 0; d--) {
                coords[d] = rest % oldGrid[d];
                rest /= oldGrid[d];
                outside |= coords[d] >= newGrid[d];
            }
            if (outside) {
                store.delete(chunkKey(coords));
            }
        }
    }

    /** Replaces the user attributes (unknown metadata fields are kept) and returns the new handle. */
    public ZarrArray withAttributes(ObjectNode attributes) {
        ArrayMetadata m = metadata.withAttributes(attributes);
        Zarr.writeArrayMetadata(store, path, m);
        return new ZarrArray(store, path, m, io);
    }

    /** True when the chain is sharding alone, so inner chunks can be read straight from the shard's bytes. */
    private boolean partialShardReads() {
        return chain.codecs().size() == 1 && chain.arrayToBytes() instanceof ShardingCodec
                && store.capabilities().partialReads();
    }

    private byte[] newFillChunk() {
        return newFillChunk(chain.spec().byteSize());
    }

    private byte[] newFillChunk(long size) {
        byte[] chunk = new byte[(int) size];
        FillValues.fill(chunk, metadata.fillValue());
        return chunk;
    }

    private byte[] sharedFillChunk(byte[][] holder, long size) {
        synchronized (holder) {
            if (holder[0] == null) {
                holder[0] = newFillChunk(size);
            }
            return holder[0];
        }
    }

    private void checkBuffer(Region region, Object buffer) {
        if (buffer == null || buffer.getClass() != primitive.arrayClass()) {
            throw new ZarrException("a " + metadata.dataType() + " array needs a " + primitive.arrayClass().getSimpleName()
                    + " buffer, found " + (buffer == null ? "null" : buffer.getClass().getSimpleName()));
        }
        long need = region.numElements() * units;
        if (Primitive.length(buffer) < need) {
            throw new ZarrException("buffer holds " + Primitive.length(buffer) + " values, region " + region + " needs "
                    + need);
        }
    }

    private static long[] strides(long[] shape) {
        long[] s = new long[shape.length];
        long acc = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            s[d] = acc;
            acc *= shape[d];
        }
        return s;
    }

    @Override
    public String toString() {
        return "ZarrArray[" + store.describe() + (path.isEmpty() ? "" : "/" + path) + " " + metadata + "]";
    }
}
