package org.zarrij.codec.blosc;

import org.zarrij.CodecException;

/**
 * The 16-byte header of a Blosc 1 frame: version, versionlz, flags, typesize, then little-endian nbytes
 * (decoded size), blocksize and cbytes (the frame's size, header included). The sizes are unsigned 32-bit
 * values on disk; they are kept as longs so that a lying header cannot turn into a negative int.
 */
public record BloscHeader(int version, int versionLz, int flags, int typesize, long nbytes, long blocksize,
        long cbytes) {

    public static final int SIZE = 16;
    /** The frame format version c-blosc 1.x writes. */
    public static final int VERSION_FORMAT = 2;
    /** The version byte of every compressor's format in c-blosc 1.x. */
    public static final int COMPRESSOR_VERSION_FORMAT = 1;

    public static final int FLAG_BYTE_SHUFFLE = 0x01;
    public static final int FLAG_MEMCPYED = 0x02;
    public static final int FLAG_BIT_SHUFFLE = 0x04;
    public static final int FLAG_RESERVED = 0x08;
    public static final int FLAG_DONT_SPLIT = 0x10;

    /** Reads the header at {@code frame[offset]}; {@code length} is how many bytes the frame has. */
    public static BloscHeader read(byte[] frame, int offset, int length) {
        if (length < SIZE) {
            throw new CodecException("blosc: frame is truncated: " + length + " bytes, a header needs " + SIZE);
        }
        return new BloscHeader(frame[offset] & 0xFF, frame[offset + 1] & 0xFF, frame[offset + 2] & 0xFF,
                frame[offset + 3] & 0xFF, readUnsigned32(frame, offset + 4), readUnsigned32(frame, offset + 8),
                readUnsigned32(frame, offset + 12));
    }

    public boolean memcpyed() {
        return (flags & FLAG_MEMCPYED) != 0;
    }

    public boolean byteShuffled() {
        return (flags & FLAG_BYTE_SHUFFLE) != 0;
    }

    public boolean bitShuffled() {
        return (flags & FLAG_BIT_SHUFFLE) != 0;
    }

    /** Set when blocks were not split into one stream per byte of the type. */
    public boolean dontSplit() {
        return (flags & FLAG_DONT_SPLIT) != 0;
    }

    /** The compressor format code (bits 5..7 of the flags). */
    public int compressorFormat() {
        return flags >>> 5;
    }

    /** The compressor's name for messages ("lz4" for lz4 and lz4hc alike). */
    public String compressorName() {
        return BloscCname.nameOfFormat(compressorFormat());
    }

    /** The number of blocks, the last one possibly shorter. */
    public long blockCount() {
        return blocksize == 0 ? 0 : (nbytes + blocksize - 1) / blocksize;
    }

    static long readUnsigned32(byte[] b, int i) {
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
    }

    static void writeInt32(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
        b[i + 2] = (byte) (v >>> 16);
        b[i + 3] = (byte) (v >>> 24);
    }
}
