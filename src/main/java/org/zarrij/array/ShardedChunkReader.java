package org.zarrij.array;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.zarrij.CodecException;
import org.zarrij.ZarrException;
import org.zarrij.codec.sharding.ShardIndex;
import org.zarrij.codec.sharding.ShardingCodec;
import org.zarrij.store.Store;

/**
 * Reads single inner chunks of a sharded array with byte ranges: the shard's index once per read call
 * (a suffix or prefix range), then only the inner chunks the region needs (one range each). The index is
 * not kept beyond one read, so a handle never serves a stale index after the shard is rewritten.
 */
final class ShardedChunkReader {
    private final ZarrArray array;
    private final Store store;
    private final ShardingCodec.Bound bound;
    private final int[] innerShape;
    private final ConcurrentHashMap<String, Optional<ShardIndex>> indexes = new ConcurrentHashMap<>();

    ShardedChunkReader(ZarrArray array, ShardingCodec codec) {
        this.array = array;
        this.store = array.store();
        this.bound = codec.bind(array.codecChain().spec());
        this.innerShape = codec.innerShape();
    }

    int[] innerShape() {
        return innerShape.clone();
    }

    long innerChunkBytes() {
        return bound.innerSpec.byteSize();
    }

    /** The size of a reusable decode buffer for {@link #read}, or 0 when the inner codecs gain nothing from one. */
    int decodeBufferSize() {
        return bound.innerChain.decodeBufferSize();
    }

    /**
     * The decoded inner chunk at {@code inner} (coordinates on the inner chunk grid), or empty when missing.
     * It may be decoded into {@code buffer} (see {@link #decodeBufferSize()}): use it before the next read.
     */
    Optional<byte[]> read(long[] inner, byte[] buffer) {
        int rank = inner.length;
        long[] shard = new long[rank];
        int[] position = new int[rank];
        for (int d = 0; d < rank; d++) {
            shard[d] = inner[d] / bound.chunksPerShard[d];
            position[d] = (int) (inner[d] % bound.chunksPerShard[d]);
        }
        String key = array.chunkKey(shard);
        Optional<ShardIndex> index = indexes.computeIfAbsent(key, this::readIndex);
        if (index.isEmpty()) {
            return Optional.empty();
        }
        int i = bound.linear(position);
        ShardIndex idx = index.get();
        if (idx.isMissing(i)) {
            return Optional.empty();
        }
        long offset = idx.offset(i);
        long length = idx.length(i);
        if (!bound.indexAtEnd && offset < bound.indexSize) {
            throw new CodecException(key + ": inner chunk " + Arrays.toString(position) + " at offset " + offset
                    + " overlaps the shard index");
        }
        byte[] encoded = store.getRange(key, offset, length).orElseThrow(() -> new ZarrException(key
                + ": shard disappeared while reading"));
        if (encoded.length != length) {
            throw new CodecException(key + ": inner chunk " + Arrays.toString(position) + " at offset " + offset
                    + " with " + length + " bytes runs past the end of the shard");
        }
        try {
            return Optional.of(ShardingCodec.decodeInner(bound, encoded, position, buffer));
        } catch (CodecException e) {
            throw new CodecException(key + ": " + e.getMessage(), e);
        }
    }

    private Optional<ShardIndex> readIndex(String key) {
        Optional<byte[]> raw = bound.indexAtEnd ? store.getSuffix(key, bound.indexSize)
                : store.getRange(key, 0, bound.indexSize);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(bound.decodeIndex(raw.get()));
        } catch (CodecException e) {
            throw new CodecException(key + ": " + e.getMessage(), e);
        }
    }
}
