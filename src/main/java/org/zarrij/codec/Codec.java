package org.zarrij.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A Zarr v3 codec: one of the spec's three kinds. Implementations are immutable and thread-safe.
 * Encoding and decoding errors are {@link org.zarrij.CodecException}s whose messages say what was wrong;
 * the array layer prefixes the chunk key.
 */
public sealed interface Codec permits ArrayToArrayCodec, ArrayToBytesCodec, BytesToBytesCodec {

    /** The v3 name, e.g. {@code "blosc"}. */
    String name();

    /** The v3 metadata form: {@code {"name": ..., "configuration": {...}}}. */
    ObjectNode toV3Json();

    /**
     * The v2 form (a numcodecs config with an {@code "id"}), when this codec has one. Codecs that v2
     * expresses in other fields (bytes as dtype byte order, transpose as order F) return empty.
     */
    default Optional<ObjectNode> toV2Json() {
        return Optional.empty();
    }
}
