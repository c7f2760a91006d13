package org.zarrij.codec.blosc;

import org.zarrij.CodecException;

/**
 * Decodes Blosc 1 frames as c-blosc 1.x writes them, in the calling thread. Every size and offset in the
 * frame is checked before use: the decoded size against the caller's bound before anything is allocated,
 * then the block table, every block start and every stream size against the frame, so that corrupt or
 * hostile input gives a CodecException with a precise message. Stateless and thread-safe.
 */
public final class BloscDecompressor {
    /** c-blosc never splits a block into more streams than this. */
    static final int MAX_SPLITS = 16;
    /** Blocks (per stream) smaller than this are never split, nor compressed at all. */
    static final int MIN_BUFFERSIZE = 128;
    /** The largest frame content a Java array can hold. */
    static final long MAX_NBYTES = Integer.MAX_VALUE - 16;

    /** Scratch space for shuffled blocks, reused per thread up to this size. */
    private static final int MAX_CACHED_SCRATCH = 4 << 20;
    private static final ThreadLocal<byte[]> SCRATCH = new ThreadLocal<>();

    private BloscDecompressor() {
    }

    /** Decodes a whole frame into a new array, refusing frames that claim more than {@code maxDecodedSize}. */
    public static byte[] decompress(byte[] frame, long maxDecodedSize) {
        return decompress(frame, 0, frame.length, maxDecodedSize);
    }

    /** Decodes the frame at {@code frame[offset..offset+length)} into a new array. */
    public static byte[] decompress(byte[] frame, int offset, int length, long maxDecodedSize) {
        BloscHeader h = checkedHeader(frame, offset, length, maxDecodedSize);
        byte[] out = new byte[(int) h.nbytes()];
        decodeBody(h, frame, offset, out, 0);
        return out;
    }

    /**
     * Decodes the frame at {@code frame[offset..offset+length)} into {@code dst} starting at {@code dstOffset},
     * writing at most {@code dstCapacity} bytes. Returns the number of decoded bytes (the header's nbytes).
     */
    public static int decompress(byte[] frame, int offset, int length, byte[] dst, int dstOffset, int dstCapacity) {
        if (dstOffset < 0 || dstCapacity < 0 || dstCapacity > dst.length - dstOffset) {
            throw new IllegalArgumentException("destination range " + dstOffset + "+" + dstCapacity
                    + " outside an array of " + dst.length);
        }
        BloscHeader h = checkedHeader(frame, offset, length, dstCapacity);
        decodeBody(h, frame, offset, dst, dstOffset);
        return (int) h.nbytes();
    }

    /** The decoded size a frame announces (its header's nbytes), after checking the header's basic fields. */
    public static long decodedSize(byte[] frame, int offset, int length) {
        return checkedHeader(frame, offset, length, MAX_NBYTES).nbytes();
    }

    /** Reads and checks the header: version, sizes and compressor, against the frame and the bound. */
    static BloscHeader checkedHeader(byte[] frame, int offset, int length, long maxDecodedSize) {
        if (offset < 0 || length < 0 || length > frame.length - offset) {
            throw new IllegalArgumentException("frame range " + offset + "+" + length + " outside an array of "
                    + frame.length);
        }
        BloscHeader h = BloscHeader.read(frame, offset, length);
        if (h.version() != BloscHeader.VERSION_FORMAT && h.version() != 1) {
            throw new CodecException("blosc: frame format version " + h.version() + " is not supported (Blosc 1"
                    + " frames have version " + BloscHeader.VERSION_FORMAT + "; is this corrupt or Blosc 2 data?)");
        }
        if (h.cbytes() < BloscHeader.SIZE) {
            throw new CodecException("blosc: header says the frame has " + h.cbytes()
                    + " bytes, less than its own 16-byte header");
        }
        if (h.cbytes() > length) {
            throw new CodecException("blosc: frame is truncated: header says " + h.cbytes() + " bytes, got "
                    + length);
        }
        long bound = Math.min(maxDecodedSize, MAX_NBYTES);
        if (h.nbytes() > bound) {
            throw new CodecException("blosc: header says " + h.nbytes() + " bytes, at most " + bound
                    + " expected");
        }
        if (h.nbytes() == 0) {
            return h; // c-blosc writes empty frames with arbitrary other fields and reads nothing more
        }
        if ((h.flags() & BloscHeader.FLAG_RESERVED) != 0) {
            throw new CodecException("blosc: header flags 0x" + Integer.toHexString(h.flags())
                    + " set the reserved bit 0x08 (corrupt, or not a Blosc 1 frame)");
        }
        if (h.memcpyed()) {
            if (h.cbytes() != h.nbytes() + BloscHeader.SIZE) {
                throw new CodecException("blosc: uncompressed frame of " + h.nbytes() + " bytes must have "
                        + (h.nbytes() + BloscHeader.SIZE) + " bytes, header says " + h.cbytes());
            }
            return h;
        }
        if (!StreamDecoder.supports(h.compressorFormat())) {
            throw new CodecException("blosc: compressor '" + h.compressorName() + "' is not supported");
        }
        if (h.typesize() == 0) {
            throw new CodecException("blosc: header says typesize 0");
        }
        if (h.blocksize() == 0 || h.blocksize() > h.nbytes()) {
            throw new CodecException("blosc: header says blocksize " + h.blocksize() + ", expected 1.."
                    + h.nbytes() + " for " + h.nbytes() + " decoded bytes");
        }
        long tableEnd = BloscHeader.SIZE + 4 * h.blockCount();
        if (tableEnd > h.cbytes()) {
            throw new CodecException("blosc: the starts of " + h.blockCount() + " blocks end at byte " + tableEnd
                    + ", beyond the " + h.cbytes() + "-byte frame");
        }
        return h;
    }

    private static void decodeBody(BloscHeader h, byte[] frame, int offset, byte[] dst, int dstOffset) {
        int nbytes = (int) h.nbytes();
        if (nbytes == 0) {
            return;
        }
        if (h.memcpyed()) {
            System.arraycopy(frame, offset + BloscHeader.SIZE, dst, dstOffset, nbytes);
            return;
        }
        int blocksize = (int) h.blocksize();
        int typesize = h.typesize();
        int frameSize = (int) h.cbytes();
        int blocks = (int) h.blockCount();
        int tableEnd = BloscHeader.SIZE + 4 * blocks;
        byte[] scratch = null;
        try (StreamDecoder streams = new StreamDecoder(h.compressorFormat())) {
            for (int j = 0; j < blocks; j++) {
                long start = BloscHeader.readUnsigned32(frame, offset + BloscHeader.SIZE + 4 * j);
                if (start < tableEnd || start > frameSize - 4) {
                    throw new CodecException("blosc: block " + j + " starts at " + start
                            + (start < tableEnd ? ", inside the header and block table (" + tableEnd + " bytes)"
                                    : " beyond the " + frameSize + "-byte frame"));
                }
                boolean leftover = j == blocks - 1 && nbytes % blocksize != 0;
                int bsize = leftover ? nbytes % blocksize : blocksize;
                boolean byteShuffle = h.byteShuffled() && typesize > 1;
                boolean bitShuffle = !byteShuffle && h.bitShuffled() && bsize >= typesize;
                int blockOut = dstOffset + j * blocksize;
                byte[] target = dst;
                int targetOff = blockOut;
                if (byteShuffle || bitShuffle) {
                    if (scratch == null) {
                        scratch = scratch(Math.min(blocksize, nbytes));
                    }
                    target = scratch;
                    targetOff = 0;
                }
                decodeBlock(streams, h, j, bsize, leftover, frame, offset, (int) start, target, targetOff);
                if (byteShuffle) {
                    ByteShuffle.unshuffle(typesize, bsize, scratch, 0, dst, blockOut);
                } else if (bitShuffle) {
                    BitShuffle.unshuffle(typesize, bsize, scratch, 0, dst, blockOut);
                }
            }
        }
    }

    /** Decodes one block's streams into {@code out[outOff..outOff+bsize)}. */
    private static void decodeBlock(StreamDecoder streams, BloscHeader h, int block, int bsize, boolean leftover,
            byte[] frame, int offset, int start, byte[] out, int outOff) {
        int typesize = h.typesize();
        int frameSize = (int) h.cbytes();
        // The same rule as c-blosc's decoder, which also covers frames written before the "don't split" flag.
        boolean split = !h.dontSplit() && typesize <= MAX_SPLITS && bsize / typesize >= MIN_BUFFERSIZE && !leftover;
        int streamCount = split ? typesize : 1;
        if (bsize % streamCount != 0) {
            throw new CodecException("blosc: block " + block + " of " + bsize + " bytes cannot be split into "
                    + streamCount + " streams (blocksize is not a multiple of typesize)");
        }
        int streamSize = bsize / streamCount;
        int pos = start;
        for (int s = 0; s < streamCount; s++) {
            if (pos > frameSize - 4) {
                throw new CodecException("blosc: block " + block + " stream " + s + " starts at " + pos
                        + " beyond the " + frameSize + "-byte frame");
            }
            long csize = BloscHeader.readUnsigned32(frame, offset + pos);
            pos += 4;
            if (csize > frameSize - pos) {
                throw new CodecException("blosc: block " + block + " stream " + s + " claims " + csize
                        + " compressed bytes at " + pos + ", beyond the " + frameSize + "-byte frame");
            }
            int n = (int) csize;
            int streamOut = outOff + s * streamSize;
            if (n == streamSize) {
                System.arraycopy(frame, offset + pos, out, streamOut, n); // stored raw
            } else {
                try {
                    streams.decode(frame, offset + pos, n, out, streamOut, streamSize);
                } catch (CodecException e) {
                    throw new CodecException("blosc: block " + block + " stream " + s + " (" + h.compressorName()
                            + "): " + e.getMessage(), e);
                }
            }
            pos += n;
        }
    }

    private static byte[] scratch(int size) {
        if (size > MAX_CACHED_SCRATCH) {
            return new byte[size];
        }
        byte[] b = SCRATCH.get();
        if (b == null || b.length < size) {
            b = new byte[Math.max(size, 256 << 10)];
            SCRATCH.set(b);
        }
        return b;
    }
}
