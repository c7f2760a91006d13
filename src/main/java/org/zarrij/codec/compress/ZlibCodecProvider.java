package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecProvider;

/** Builds {@link ZlibCodec}: v3 {@code numcodecs.zlib {"level"}}, v2 {@code {"id": "zlib", "level"}}. */
public final class ZlibCodecProvider implements CodecProvider {
    /** numcodecs' Zlib default. */
    static final int DEFAULT_LEVEL = 1;

    @Override
    public String name() {
        return ZlibCodec.NAME;
    }

    @Override
    public Set<String> v2Ids() {
        return Set.of(ZlibCodec.V2_ID);
    }

    @Override
    public Codec fromV3(JsonNode configuration, CodecContext context) {
        return read(new CodecConfig(configuration, context));
    }

    @Override
    public Codec fromV2(ObjectNode config, CodecContext context) {
        return read(new CodecConfig(config, context));
    }

    private static Codec read(CodecConfig config) {
        return new ZlibCodec(config.integer("level", -1, 9, DEFAULT_LEVEL));
    }
}
