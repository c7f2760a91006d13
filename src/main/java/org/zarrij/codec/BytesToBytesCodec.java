package org.zarrij.codec;

/** Transforms bytes into bytes (compressors, checksums). */
public non-sealed interface BytesToBytesCodec extends Codec {

    byte[] encode(byte[] bytes);

    /**
     * Decodes {@code bytes}. The result can never be longer than {@code maxDecodedSize}: a codec must
     * refuse (not allocate) when its input claims more, so corrupt or hostile data cannot exhaust memory.
     */
    byte[] decode(byte[] bytes, long maxDecodedSize);

    /**
     * Decodes {@code bytes} into {@code dst} from index 0 and returns the decoded length. Data that would
     * decode to more than {@code dst.length} bytes is refused, as {@link #decode} refuses more than its bound.
     * Codecs that can write straight into {@code dst} override this and {@link #decodesInPlace()}; the
     * default decodes into a new array and copies it.
     */
    default int decodeInto(byte[] bytes, byte[] dst) {
        byte[] decoded = decode(bytes, dst.length);
        if (decoded.length > dst.length) {
            throw new org.zarrij.CodecException(name() + ": decoded " + decoded.length + " bytes, at most "
                    + dst.length + " expected");
        }
        System.arraycopy(decoded, 0, dst, 0, decoded.length);
        return decoded.length;
    }

    /** True when {@link #decodeInto} writes into its destination without an intermediate array. */
    default boolean decodesInPlace() {
        return false;
    }

    /** An upper bound of the encoded size of {@code decodedSize} bytes. */
    long maxEncodedSize(long decodedSize);
}
