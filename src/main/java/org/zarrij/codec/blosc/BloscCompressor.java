package org.zarrij.codec.blosc;

import java.util.Arrays;
import org.zarrij.CodecException;

/**
 * Writes Blosc 1 frames that c-blosc 1.x (and so numcodecs) reads: the data is cut into blocks, each block
 * shuffled, optionally split into one stream per byte of the type, and each stream compressed (or stored raw
 * when that does not make it smaller). Data that does not compress at all, buffers under 128 bytes and
 * {@code clevel} 0 give an uncompressed ("memcpyed") frame, so a frame is never more than 16 bytes larger than
 * its data. Immutable and thread-safe.
 */
public final class BloscCompressor {
    /** When blocks are split into one stream per byte of the type. */
    enum SplitMode {
        /** c-blosc 1.x's default: split unless zstd (when the block is large enough and typesize <= 16). */
        FORWARD_COMPAT,
        /** Split every block that c-blosc's decoder expects to be split when the flag allows it. */
        ALWAYS,
        NEVER
    }

    private static final int L1 = 32 << 10;

    private final BloscCname cname;
    private final int clevel;
    private final BloscShuffle shuffle;
    private final int typesize;
    private final int blocksize;
    private final SplitMode splitMode;
    private final boolean exactBlocksize;

    /**
     * @param typesize  the element size shuffling works on; above 255 the data is treated as bytes, as c-blosc does
     * @param blocksize 0 for c-blosc's automatic choice, else a forced size (c-blosc's rules still raise it to
     *                  at least 128 bytes, and to 64 KiB and more when blocks are split)
     */
    public BloscCompressor(BloscCname cname, int clevel, BloscShuffle shuffle, int typesize, int blocksize) {
        this(cname, clevel, shuffle, typesize, blocksize, SplitMode.FORWARD_COMPAT, false);
    }

    /** {@code exactBlocksize} takes {@code blocksize} as it is (bar the typesize rounding), for tests. */
    BloscCompressor(BloscCname cname, int clevel, BloscShuffle shuffle, int typesize, int blocksize,
            SplitMode splitMode, boolean exactBlocksize) {
        if (clevel < 0 || clevel > 9) {
            throw new IllegalArgumentException("blosc: clevel must be 0..9, got " + clevel);
        }
        if (typesize < 1) {
            throw new IllegalArgumentException("blosc: typesize must be at least 1, got " + typesize);
        }
        if (blocksize < 0) {
            throw new IllegalArgumentException("blosc: blocksize must be 0 (automatic) or positive, got " + blocksize);
        }
        this.cname = cname;
        this.clevel = clevel;
        this.shuffle = shuffle;
        this.typesize = typesize > 255 ? 1 : typesize;
        this.blocksize = blocksize;
        this.splitMode = splitMode;
        this.exactBlocksize = exactBlocksize;
    }

    public byte[] compress(byte[] src) {
        return compress(src, 0, src.length);
    }

    public byte[] compress(byte[] src, int offset, int length) {
        if (offset < 0 || length < 0 || length > src.length - offset) {
            throw new IllegalArgumentException("range " + offset + "+" + length + " outside an array of "
                    + src.length);
        }
        if (!cname.canCompress()) {
            throw new CodecException("blosc: compressor '" + cname.configName() + "' is not supported");
        }
        if (length > BloscDecompressor.MAX_NBYTES) {
            throw new CodecException("blosc: cannot compress " + length + " bytes, at most "
                    + BloscDecompressor.MAX_NBYTES + " fit in a frame");
        }
        int bs = exactBlocksize ? exactBlocksize(length) : computeBlocksize(length);
        boolean split = splits(bs);
        int flags = cname.formatCode() << 5 | (split ? 0 : BloscHeader.FLAG_DONT_SPLIT);
        if (shuffle == BloscShuffle.SHUFFLE) {
            flags |= BloscHeader.FLAG_BYTE_SHUFFLE;
        } else if (shuffle == BloscShuffle.BITSHUFFLE) {
            flags |= BloscHeader.FLAG_BIT_SHUFFLE;
        }
        if (clevel > 0 && length >= BloscDecompressor.MIN_BUFFERSIZE) {
            byte[] frame = compressBlocks(src, offset, length, bs, flags, split);
            if (frame != null) {
                return frame;
            }
        }
        byte[] frame = new byte[BloscHeader.SIZE + length];
        writeHeader(frame, flags | BloscHeader.FLAG_MEMCPYED, length, bs, frame.length);
        System.arraycopy(src, offset, frame, BloscHeader.SIZE, length);
        return frame;
    }

    /** Returns the frame, or null when it would be larger than an uncompressed one. */
    private byte[] compressBlocks(byte[] src, int offset, int nbytes, int bs, int flags, boolean split) {
        int blocks = (nbytes + bs - 1) / bs;
        int limit = nbytes + BloscHeader.SIZE;
        int pos = BloscHeader.SIZE + 4 * blocks;
        if (pos > limit) {
            return null;
        }
        byte[] frame = new byte[limit];
        byte[] shuffled = shuffle == BloscShuffle.NOSHUFFLE ? null : new byte[bs];
        try (StreamEncoder encoder = new StreamEncoder(cname, clevel)) {
            for (int j = 0; j < blocks; j++) {
                BloscHeader.writeInt32(frame, BloscHeader.SIZE + 4 * j, pos);
                boolean leftover = j == blocks - 1 && nbytes % bs != 0;
                int bsize = leftover ? nbytes % bs : bs;
                byte[] block = src;
                int blockOff = offset + j * bs;
                if (shuffle == BloscShuffle.SHUFFLE && typesize > 1) {
                    ByteShuffle.shuffle(typesize, bsize, src, blockOff, shuffled, 0);
                    block = shuffled;
                    blockOff = 0;
                } else if (shuffle == BloscShuffle.BITSHUFFLE && bsize >= typesize) {
                    BitShuffle.shuffle(typesize, bsize, src, blockOff, shuffled, 0);
                    block = shuffled;
                    blockOff = 0;
                }
                int streams = split && !leftover ? typesize : 1;
                int streamSize = bsize / streams;
                for (int s = 0; s < streams; s++) {
                    int from = blockOff + s * streamSize;
                    int n = encoder.compress(block, from, streamSize);
                    byte[] data = n == 0 ? block : encoder.buffer();
                    int dataOff = n == 0 ? from : 0;
                    int size = n == 0 ? streamSize : n;
                    if (size > limit - pos - 4) {
                        return null;
                    }
                    BloscHeader.writeInt32(frame, pos, size);
                    System.arraycopy(data, dataOff, frame, pos + 4, size);
                    pos += 4 + size;
                }
            }
        }
        writeHeader(frame, flags, nbytes, bs, pos);
        return pos == frame.length ? frame : Arrays.copyOf(frame, pos);
    }

    private void writeHeader(byte[] frame, int flags, int nbytes, int bs, int cbytes) {
        frame[0] = BloscHeader.VERSION_FORMAT;
        frame[1] = BloscHeader.COMPRESSOR_VERSION_FORMAT;
        frame[2] = (byte) flags;
        frame[3] = (byte) typesize;
        BloscHeader.writeInt32(frame, 4, nbytes);
        BloscHeader.writeInt32(frame, 8, bs);
        BloscHeader.writeInt32(frame, 12, cbytes);
    }

    /** Whether full blocks of {@code bs} bytes are split; the decoder's conditions always apply. */
    private boolean splits(int bs) {
        boolean fits = typesize <= BloscDecompressor.MAX_SPLITS && bs / typesize >= BloscDecompressor.MIN_BUFFERSIZE;
        return switch (splitMode) {
            case FORWARD_COMPAT -> fits && cname != BloscCname.ZSTD;
            case ALWAYS -> fits;
            case NEVER -> false;
        };
    }

    private int exactBlocksize(int nbytes) {
        int bs = Math.max(1, Math.min(blocksize == 0 ? nbytes : blocksize, nbytes));
        return bs > typesize ? bs / typesize * typesize : bs;
    }

    /** The block size c-blosc 1.21 would choose for this data (it depends on compressor, level and typesize). */
    int computeBlocksize(int nbytes) {
        if (nbytes < typesize) {
            return 1;
        }
        boolean highRatio = cname == BloscCname.LZ4HC || cname == BloscCname.ZLIB || cname == BloscCname.ZSTD;
        long bs = nbytes;
        if (blocksize > 0) {
            bs = Math.max(blocksize, BloscDecompressor.MIN_BUFFERSIZE);
        } else if (nbytes >= L1) {
            bs = highRatio ? 2 * L1 : L1;
            bs = switch (clevel) {
                case 0 -> bs / 4;
                case 1 -> bs / 2;
                case 2 -> bs;
                case 3 -> bs * 2;
                case 4, 5 -> bs * 4;
                case 6, 7, 8 -> bs * 8;
                default -> bs * (highRatio ? 16 : 8);
            };
        }
        if (clevel > 0 && splits((int) Math.min(bs, Integer.MAX_VALUE))) {
            // Split streams are compressed separately, so c-blosc makes the blocks larger (64 KiB..1 MiB).
            bs = Math.max(1 << 16, Math.min(bs, 1 << 18) * typesize);
            bs = Math.min(bs, 1 << 20);
        }
        bs = Math.min(bs, nbytes);
        if (bs > typesize) {
            bs = bs / typesize * typesize;
        }
        return (int) bs;
    }

    public BloscCname cname() {
        return cname;
    }

    public int clevel() {
        return clevel;
    }

    public BloscShuffle shuffle() {
        return shuffle;
    }

    public int typesize() {
        return typesize;
    }

    public int blocksize() {
        return blocksize;
    }
}
