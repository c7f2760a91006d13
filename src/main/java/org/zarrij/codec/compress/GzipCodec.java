package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.zarrij.CodecException;
import org.zarrij.codec.BytesToBytesCodec;
import org.zarrij.codec.CodecConfig;

/**
 * The {@code gzip} codec: a gzip stream (RFC 1952) at a deflate level 0..9. Decoding accepts several
 * members and trailing zero padding, like Python's gzip module that numcodecs uses.
 */
public record GzipCodec(int level) implements BytesToBytesCodec {
    static final String NAME = "gzip";
    private static final int HEADER = 10;
    private static final int TRAILER = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    public GzipCodec {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("gzip level must be 0..9, got " + level);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(byte[] bytes) {
        byte[] out = Deflation.deflate(new Deflater(level, true), bytes, HEADER, TRAILER);
        out[0] = 0x1f;
        out[1] = (byte) 0x8b;
        out[2] = 8; // deflate; no flags, mtime 0 for reproducible output
        out[8] = (byte) (level == 9 ? 2 : level == 1 ? 4 : 0);
        out[9] = (byte) 255; // unknown OS
        CRC32 crc = new CRC32();
        crc.update(bytes);
        int t = out.length - TRAILER;
        putIntLE(out, t, (int) crc.getValue());
        putIntLE(out, t + 4, bytes.length);
        return out;
    }

    @Override
    public byte[] decode(byte[] bytes, long maxDecodedSize) {
        BoundedBuffer out = new BoundedBuffer(NAME, maxDecodedSize, bytes.length);
        Inflater inflater = new Inflater(true);
        try {
            int pos = 0;
            do {
                pos = member(bytes, pos, inflater, out);
                while (pos < bytes.length && bytes[pos] == 0) {
                    pos++; // zero padding between or after members
                }
                inflater.reset();
            } while (pos < bytes.length);
        } finally {
            inflater.end();
        }
        return out.toArray();
    }

    /** Decodes the member at {@code pos}; returns the position after its trailer. */
    private static int member(byte[] b, int pos, Inflater inflater, BoundedBuffer out) {
        if (b.length - pos < HEADER + TRAILER) {
            throw new CodecException(NAME + ": truncated stream (" + (b.length - pos)
                    + " bytes cannot hold a gzip member)");
        }
        if ((b[pos] & 0xff) != 0x1f || (b[pos + 1] & 0xff) != 0x8b) {
            throw new CodecException(NAME + ": not a gzip stream (bad magic bytes at offset " + pos + ")");
        }
        if (b[pos + 2] != 8) {
            throw new CodecException(NAME + ": unsupported compression method " + (b[pos + 2] & 0xff));
        }
        int flags = b[pos + 3] & 0xff;
        int p = pos + HEADER;
        if ((flags & FEXTRA) != 0) {
            p = need(b, p, 2);
            p = need(b, p, (b[p - 2] & 0xff) | (b[p - 1] & 0xff) << 8);
        }
        if ((flags & FNAME) != 0) {
            p = skipZeroTerminated(b, p);
        }
        if ((flags & FCOMMENT) != 0) {
            p = skipZeroTerminated(b, p);
        }
        if ((flags & FHCRC) != 0) {
            p = need(b, p, 2);
        }
        int start = out.size();
        inflater.setInput(b, p, b.length - p);
        Inflation.inflate(inflater, out, NAME);
        int end = b.length - inflater.getRemaining();
        if (b.length - end < TRAILER) {
            throw new CodecException(NAME + ": truncated stream (the gzip trailer is missing)");
        }
        CRC32 crc = new CRC32();
        crc.update(out.array(), start, out.size() - start);
        int storedCrc = getIntLE(b, end);
        int storedSize = getIntLE(b, end + 4);
        if (storedCrc != (int) crc.getValue()) {
            throw new CodecException(String.format("%s: checksum mismatch: stored 0x%08x, computed 0x%08x", NAME,
                    storedCrc, (int) crc.getValue()));
        }
        if (storedSize != out.size() - start) {
            throw new CodecException(NAME + ": length mismatch: the trailer says " + Integer.toUnsignedLong(storedSize)
                    + " bytes (mod 2^32), decoded " + (out.size() - start));
        }
        return end + TRAILER;
    }

    private static int need(byte[] b, int p, int n) {
        if (b.length - p < n) {
            throw new CodecException(NAME + ": truncated stream (inside the gzip header)");
        }
        return p + n;
    }

    private static int skipZeroTerminated(byte[] b, int p) {
        while (p < b.length && b[p] != 0) {
            p++;
        }
        return need(b, p, 1);
    }

    static void putIntLE(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }

    static int getIntLE(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        return Deflation.bound(decodedSize) + HEADER + TRAILER + 1024;
    }

    @Override
    public ObjectNode toV3Json() {
        return CodecConfig.v3(NAME, CodecConfig.object().put("level", level));
    }

    @Override
    public Optional<ObjectNode> toV2Json() {
        return Optional.of(CodecConfig.object().put("id", "gzip").put("level", level));
    }
}
