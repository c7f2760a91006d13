package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.zarrij.MetadataException;
import org.zarrij.UnknownExtensionException;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.SameConfigCodecProvider;

/**
 * Builds {@link LzmaCodec}: v3 {@code numcodecs.lzma}, v2 {@code {"id": "lzma", "format": 1, "check": -1,
 * "preset": null, "filters": null}}. Custom filter chains and the raw format are not supported.
 */
public final class LzmaCodecProvider extends SameConfigCodecProvider {

    @Override
    public String name() {
        return LzmaCodec.NAME;
    }

    @Override
    public Set<String> v2Ids() {
        return Set.of(LzmaCodec.V2_ID);
    }


    @Override
    protected Codec read(CodecConfig config) {
        CodecContext ctx = config.context();
        int format = config.integer("format", 0, 3, LzmaCodec.FORMAT_XZ);
        if (format == 3) {
            throw new UnknownExtensionException(ctx.at("format") + ": lzma FORMAT_RAW (3) is not supported;"
                    + " expected 1 (xz), 2 (alone) or 0 (auto)");
        }
        int check = config.integer("check", -1, 10, -1);
        if (check != -1 && check != 0 && check != 1 && check != 4 && check != 10) {
            throw new MetadataException(ctx.at("check") + ": expected -1, 0 (none), 1 (CRC32), 4 (CRC64) or"
                    + " 10 (SHA-256), found " + check);
        }
        if (format == LzmaCodec.FORMAT_ALONE && check != -1 && check != 0) {
            throw new MetadataException(ctx.at("check") + ": the .lzma format (format 2) has no integrity check,"
                    + " expected -1 or 0, found " + check);
        }
        Long preset = null;
        JsonNode p = config.raw("preset");
        if (p != null && !p.isNull()) {
            long v = p.isIntegralNumber() ? p.asLong() : -1;
            if (v < 0 || (v & ~LzmaCodec.PRESET_EXTREME) > 9) {
                throw new MetadataException(ctx.at("preset") + ": expected null or an integer 0..9 (optionally"
                        + " | PRESET_EXTREME 0x80000000), found " + p);
            }
            preset = v;
        }
        JsonNode filters = config.raw("filters");
        if (filters != null && !filters.isNull()) {
            throw new UnknownExtensionException(ctx.at("filters") + ": custom lzma filter chains are not supported,"
                    + " expected null, found " + filters);
        }
        return new LzmaCodec(format, check, preset);
    }
}
