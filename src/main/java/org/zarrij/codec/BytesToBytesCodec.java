package org.zarrij.codec;

/** Transforms bytes into bytes (compressors, checksums). */
public non-sealed interface BytesToBytesCodec extends Codec {

    byte[] encode(byte[] bytes);

    /**
     * Decodes {@code bytes}. The result can never be longer than {@code maxDecodedSize}: a codec must
     * refuse (not allocate) when its input claims more, so corrupt or hostile data cannot exhaust memory.
     */
    byte[] decode(byte[] bytes, long maxDecodedSize);

    /** An upper bound of the encoded size of {@code decodedSize} bytes. */
    long maxEncodedSize(long decodedSize);
}
