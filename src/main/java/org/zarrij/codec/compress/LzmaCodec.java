package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;
import org.zarrij.CodecException;
import org.zarrij.codec.BytesToBytesCodec;
import org.zarrij.codec.CodecConfig;

/**
 * numcodecs' {@code lzma} codec (xz-java), mirroring Python's lzma module: {@code format} 1 = .xz (the
 * default), 2 = legacy .lzma ("alone"), 0 = detect on read (written as .xz); {@code check} -1 = the
 * format's default (CRC64 for .xz), 0 none, 1 CRC32, 4 CRC64, 10 SHA-256; {@code preset} null (6) or 0..9,
 * optionally with Python's PRESET_EXTREME bit, which xz-java cannot honour (the plain preset is used).
 */
public record LzmaCodec(int format, int check, Long preset) implements BytesToBytesCodec {
    static final String NAME = "numcodecs.lzma";
    static final String V2_ID = "lzma";
    static final int FORMAT_AUTO = 0;
    static final int FORMAT_XZ = 1;
    static final int FORMAT_ALONE = 2;
    static final long PRESET_EXTREME = 0x80000000L;
    private static final int DEFAULT_PRESET = 6;
    private static final byte[] XZ_MAGIC = {(byte) 0xfd, '7', 'z', 'X', 'Z', 0};
    /** Reuses the large LZMA dictionaries between chunks; thread-safe. */
    private static final ArrayCache CACHE = BasicArrayCache.getInstance();

    public LzmaCodec {
        if (format != FORMAT_AUTO && format != FORMAT_XZ && format != FORMAT_ALONE) {
            throw new IllegalArgumentException("lzma format must be 0, 1 or 2, got " + format);
        }
        if (check != -1 && check != XZ.CHECK_NONE && check != XZ.CHECK_CRC32 && check != XZ.CHECK_CRC64
                && check != XZ.CHECK_SHA256) {
            throw new IllegalArgumentException("lzma check must be -1, 0, 1, 4 or 10, got " + check);
        }
        if (format == FORMAT_ALONE && check != -1 && check != XZ.CHECK_NONE) {
            throw new IllegalArgumentException("lzma: the .lzma format has no integrity check, got check " + check);
        }
        if (preset != null && (preset < 0 || (preset & ~PRESET_EXTREME) > 9)) {
            throw new IllegalArgumentException("lzma preset must be 0..9 (optionally | PRESET_EXTREME), got " + preset);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 128);
        try {
            LZMA2Options options = new LZMA2Options(preset == null ? DEFAULT_PRESET : (int) (preset & 0xf));
            try (OutputStream enc = format == FORMAT_ALONE
                    ? new LZMAOutputStream(out, options, bytes.length, CACHE)
                    : new XZOutputStream(out, options, check == -1 ? XZ.CHECK_CRC64 : check, CACHE)) {
                enc.write(bytes);
            }
        } catch (UnsupportedOptionsException e) {
            throw new CodecException(V2_ID + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    @Override
    public byte[] decode(byte[] bytes, long maxDecodedSize) {
        BoundedBuffer out = new BoundedBuffer(V2_ID, maxDecodedSize, bytes.length);
        // The decoder allocates the dictionary the header asks for: allow what presets 0..9 use, or as
        // much as the output may be, never an arbitrary claim.
        long limit = Math.max(64L << 20, maxDecodedSize) + (16L << 20);
        int limitKiB = (int) Math.min(Integer.MAX_VALUE, limit >> 10);
        boolean xz = format == FORMAT_XZ || format == FORMAT_AUTO && startsWithXzMagic(bytes);
        try (InputStream in = xz
                ? new XZInputStream(new ByteArrayInputStream(bytes), limitKiB, true, CACHE)
                : new LZMAInputStream(new ByteArrayInputStream(bytes), limitKiB, CACHE)) {
            out.readFully(in);
        } catch (MemoryLimitException e) {
            throw new CodecException(V2_ID + ": the stream needs " + e.getMemoryNeeded()
                    + " KiB to decode, more than the limit of " + limitKiB + " KiB", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CodecException c) {
                throw c;
            }
            throw new CodecException(V2_ID + ": corrupt or truncated " + (xz ? ".xz" : ".lzma") + " stream ("
                    + e.getMessage() + ")", e);
        }
        return out.toArray();
    }

    private static boolean startsWithXzMagic(byte[] b) {
        if (b.length < XZ_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < XZ_MAGIC.length; i++) {
            if (b[i] != XZ_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long maxEncodedSize(long decodedSize) {
        return decodedSize + (decodedSize >> 5) + 4096;
    }

    @Override
    public ObjectNode toV3Json() {
        return CodecConfig.v3(NAME, config());
    }

    @Override
    public Optional<ObjectNode> toV2Json() {
        ObjectNode o = CodecConfig.object().put("id", V2_ID);
        o.setAll(config());
        return Optional.of(o);
    }

    private ObjectNode config() {
        ObjectNode o = CodecConfig.object().put("format", format).put("check", check);
        if (preset == null) {
            o.putNull("preset");
        } else if (preset <= Integer.MAX_VALUE) {
            o.put("preset", preset.intValue()); // an int node, as a JSON parser reads it back
        } else {
            o.put("preset", preset);
        }
        o.putNull("filters");
        return o;
    }
}
