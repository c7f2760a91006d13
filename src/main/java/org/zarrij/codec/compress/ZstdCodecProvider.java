package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecProvider;

/** Builds {@link ZstdCodec}: v3 {@code zstd {"level", "checksum"}}, v2 {@code {"id": "zstd", "level"}}. */
public final class ZstdCodecProvider implements CodecProvider {
    /** zarr-python 3 defaults to level 0 (zstd's default, 3); numcodecs' Zstd to level 1. */
    static final int V3_DEFAULT_LEVEL = 0;
    static final int V2_DEFAULT_LEVEL = 1;

    @Override
    public String name() {
        return ZstdCodec.NAME;
    }

    /** zarr-python 3 can also write the numcodecs wrapper name, with the same configuration. */
    @Override
    public Set<String> aliases() {
        return Set.of("numcodecs.zstd");
    }

    @Override
    public Set<String> v2Ids() {
        return Set.of(ZstdCodec.NAME);
    }

    @Override
    public Codec fromV3(JsonNode configuration, CodecContext context) {
        return read(new CodecConfig(configuration, context), V3_DEFAULT_LEVEL);
    }

    @Override
    public Codec fromV2(ObjectNode config, CodecContext context) {
        return read(new CodecConfig(config, context), V2_DEFAULT_LEVEL);
    }

    private static Codec read(CodecConfig config, int defaultLevel) {
        return new ZstdCodec(config.integer("level", ZstdCodec.MIN_LEVEL, ZstdCodec.MAX_LEVEL, defaultLevel),
                config.bool("checksum", false));
    }
}
