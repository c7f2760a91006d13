package org.zarrij.codec.sharding;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.codec.ArrayToBytesCodec;
import org.zarrij.codec.ChunkSpec;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecChain;
import org.zarrij.codec.CodecConfig;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.FillValues;

/**
 * The {@code sharding_indexed} codec: a shard (the outer chunk) holds a grid of inner chunks, each encoded by
 * the inner codecs, plus an index of their offsets and lengths at the start or end. Whole shards are
 * encoded and decoded here; {@link #bind} gives the array layer what it needs to read one inner chunk with
 * two byte-range requests (the index, then the chunk).
 */
public final class ShardingCodec implements ArrayToBytesCodec {
    public static final String NAME = "sharding_indexed";

    private final int[] innerShape;
    private final List<Codec> codecs;
    private final List<Codec> indexCodecs;
    private final boolean indexAtEnd;
    private volatile Bound bound;

    public ShardingCodec(int[] innerShape, List<Codec> codecs, List<Codec> indexCodecs, boolean indexAtEnd) {
        this.innerShape = innerShape.clone();
        this.codecs = List.copyOf(codecs);
        this.indexCodecs = List.copyOf(indexCodecs);
        this.indexAtEnd = indexAtEnd;
    }

    /** This codec bound to one shard spec: inner and index chains, and the fixed index size. */
    public static final class Bound {
        public final ChunkSpec shardSpec;
        public final ChunkSpec innerSpec;
        public final CodecChain innerChain;
        public final CodecChain indexChain;
        /** Inner chunks per shard along each dimension. */
        public final int[] chunksPerShard;
        public final int numChunks;
        public final int indexSize;
        public final boolean indexAtEnd;

        Bound(ShardingCodec codec, ChunkSpec shard) {
            int[] shape = shard.shape();
            if (shape.length != codec.innerShape.length) {
                throw new MetadataException(NAME + ": chunk_shape " + Arrays.toString(codec.innerShape) + " has "
                        + codec.innerShape.length + " dimensions, the shard " + Arrays.toString(shape) + " has "
                        + shape.length);
            }
            chunksPerShard = new int[shape.length];
            long n = 1;
            for (int d = 0; d < shape.length; d++) {
                if (codec.innerShape[d] <= 0 || shape[d] % codec.innerShape[d] != 0) {
                    throw new MetadataException(NAME + ": inner chunk_shape " + Arrays.toString(codec.innerShape)
                            + " must divide the shard shape " + Arrays.toString(shape) + " (dimension " + d + ")");
                }
                chunksPerShard[d] = shape[d] / codec.innerShape[d];
                n *= chunksPerShard[d];
            }
            if (n > (1 << 26)) {
                throw new MetadataException(NAME + ": " + n + " inner chunks per shard is too many");
            }
            numChunks = (int) n;
            shardSpec = shard;
            innerSpec = shard.withShape(codec.innerShape);
            innerChain = new CodecChain(codec.codecs, innerSpec, NAME + "/codecs");
            int[] indexShape = Arrays.copyOf(chunksPerShard, shape.length + 1);
            indexShape[shape.length] = 2;
            indexChain = new CodecChain(codec.indexCodecs, new ChunkSpec(indexShape, DataType.UINT64,
                    new byte[]{-1, -1, -1, -1, -1, -1, -1, -1}), NAME + "/index_codecs");
            indexSize = indexChain.encode(new byte[numChunks * 16]).length;
            indexAtEnd = codec.indexAtEnd;
        }

        /** Decodes an encoded index read from a shard. */
        public ShardIndex decodeIndex(byte[] encoded) {
            if (encoded.length != indexSize) {
                throw new CodecException(NAME + ": shard index has " + encoded.length + " bytes, expected " + indexSize
                        + " (the shard is truncated)");
            }
            return ShardIndex.parse(indexChain.decode(encoded), numChunks, maxInnerChunkBytes());
        }

        /** The largest an encoded inner chunk can be; longer index entries are corrupt. */
        public long maxInnerChunkBytes() {
            long bound = innerSpec.byteSize();
            return bound * 2 + (1 << 20);
        }

        /** The linear (C order) position of the inner chunk at {@code position} within the shard. */
        public int linear(int[] position) {
            int i = 0;
            for (int d = 0; d < position.length; d++) {
                i = i * chunksPerShard[d] + position[d];
            }
            return i;
        }

        int[] position(int linear) {
            int[] p = new int[chunksPerShard.length];
            for (int d = p.length - 1; d >= 0; d--) {
                p[d] = linear % chunksPerShard[d];
                linear /= chunksPerShard[d];
            }
            return p;
        }
    }

    public Bound bind(ChunkSpec shard) {
        Bound b = bound;
        if (b == null || !b.shardSpec.equals(shard)) {
            b = new Bound(this, shard);
            bound = b;
        }
        return b;
    }

    public int[] innerShape() {
        return innerShape.clone();
    }

    public List<Codec> codecs() {
        return codecs;
    }

    public List<Codec> indexCodecs() {
        return indexCodecs;
    }

    public boolean indexAtEnd() {
        return indexAtEnd;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long maxEncodedSize(ChunkSpec spec) {
        Bound b = bind(spec);
        return b.indexSize + (long) b.numChunks * b.maxInnerChunkBytes();
    }

    @Override
    public byte[] encode(byte[] chunk, ChunkSpec spec) {
        Bound b = bind(spec);
        ShardIndex index = ShardIndex.empty(b.numChunks);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        long base = b.indexAtEnd ? 0 : b.indexSize;
        int item = spec.dataType().itemSize();
        byte[] block = new byte[(int) b.innerSpec.byteSize()];
        int[] origin = new int[innerShape.length];
        for (int i = 0; i < b.numChunks; i++) {
            int[] p = b.position(i);
            for (int d = 0; d < p.length; d++) {
                origin[d] = p[d] * innerShape[d];
            }
            BlockCopy.copy(chunk, spec.shape(), origin, block, innerShape, item, true);
            if (FillValues.isAll(block, spec.fillValue())) {
                continue;
            }
            byte[] encoded = b.innerChain.encode(block.clone());
            index.set(i, base + data.size(), encoded.length);
            data.writeBytes(encoded);
        }
        byte[] idx = b.indexChain.encode(index.toBytes());
        byte[] out = new byte[idx.length + data.size()];
        byte[] body = data.toByteArray();
        if (b.indexAtEnd) {
            System.arraycopy(body, 0, out, 0, body.length);
            System.arraycopy(idx, 0, out, body.length, idx.length);
        } else {
            System.arraycopy(idx, 0, out, 0, idx.length);
            System.arraycopy(body, 0, out, idx.length, body.length);
        }
        return out;
    }

    @Override
    public byte[] decode(byte[] bytes, ChunkSpec spec) {
        Bound b = bind(spec);
        if (bytes.length < b.indexSize) {
            throw new CodecException(NAME + ": shard has " + bytes.length + " bytes, too short for its " + b.indexSize
                    + "-byte index");
        }
        int indexAt = b.indexAtEnd ? bytes.length - b.indexSize : 0;
        ShardIndex index = b.decodeIndex(Arrays.copyOfRange(bytes, indexAt, indexAt + b.indexSize));
        long dataStart = b.indexAtEnd ? 0 : b.indexSize;
        long dataEnd = b.indexAtEnd ? bytes.length - b.indexSize : bytes.length;
        index.checkLayout(dataStart, dataEnd);
        byte[] shard = new byte[(int) spec.byteSize()];
        FillValues.fill(shard, spec.fillValue());
        int item = spec.dataType().itemSize();
        int[] origin = new int[innerShape.length];
        for (int i = 0; i < b.numChunks; i++) {
            if (index.isMissing(i)) {
                continue;
            }
            int[] p = b.position(i);
            byte[] block = decodeInner(b, Arrays.copyOfRange(bytes, (int) index.offset(i),
                    (int) (index.offset(i) + index.length(i))), p, null);
            for (int d = 0; d < p.length; d++) {
                origin[d] = p[d] * innerShape[d];
            }
            BlockCopy.copy(shard, spec.shape(), origin, block, innerShape, item, false);
        }
        return shard;
    }

    /**
     * Decodes one inner chunk, naming its position in the shard when it fails; {@code buffer} (may be null) is a
     * reusable decode buffer of the inner chain (see {@link CodecChain#decode(byte[], byte[])}).
     */
    public static byte[] decodeInner(Bound b, byte[] encoded, int[] position, byte[] buffer) {
        try {
            return b.innerChain.decode(encoded, buffer);
        } catch (CodecException e) {
            throw new CodecException("inner chunk " + Arrays.toString(position) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ObjectNode toV3Json() {
        ObjectNode config = CodecConfig.object();
        ArrayNode shape = config.putArray("chunk_shape");
        for (int s : innerShape) {
            shape.add(s);
        }
        ArrayNode c = config.putArray("codecs");
        codecs.forEach(x -> c.add(x.toV3Json()));
        ArrayNode ic = config.putArray("index_codecs");
        indexCodecs.forEach(x -> ic.add(x.toV3Json()));
        config.put("index_location", indexAtEnd ? "end" : "start");
        return CodecConfig.v3(NAME, config);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShardingCodec c && Arrays.equals(innerShape, c.innerShape) && codecs.equals(c.codecs)
                && indexCodecs.equals(c.indexCodecs) && indexAtEnd == c.indexAtEnd;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(innerShape) * 31 + codecs.hashCode();
    }

    @Override
    public String toString() {
        return NAME + Arrays.toString(innerShape);
    }
}
