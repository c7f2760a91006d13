package org.zarrij.codec;

/** Serializes a chunk into bytes (e.g. {@code bytes}, {@code sharding_indexed}). Exactly one per chain. */
public non-sealed interface ArrayToBytesCodec extends Codec {

    byte[] encode(byte[] chunk, ChunkSpec spec);

    /** Returns exactly {@code spec.byteSize()} bytes or throws. */
    byte[] decode(byte[] bytes, ChunkSpec spec);

    /** An upper bound of the encoded size, used to cap decompression of the stages after it. */
    default long maxEncodedSize(ChunkSpec spec) {
        return spec.byteSize();
    }
}
