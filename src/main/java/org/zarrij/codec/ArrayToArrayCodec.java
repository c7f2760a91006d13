package org.zarrij.codec;

/** Transforms a chunk into another chunk (e.g. transpose, delta). */
public non-sealed interface ArrayToArrayCodec extends Codec {

    /** The spec of the encoded chunk given that of the decoded one; also validates the pairing. */
    ChunkSpec encodedSpec(ChunkSpec decoded);

    byte[] encode(byte[] chunk, ChunkSpec decoded);

    byte[] decode(byte[] chunk, ChunkSpec decoded);
}
