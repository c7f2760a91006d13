package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecProvider;

/** Builds {@link Bz2Codec}: v3 {@code numcodecs.bz2 {"level"}}, v2 {@code {"id": "bz2", "level"}}. */
public final class Bz2CodecProvider implements CodecProvider {
    /** numcodecs' BZ2 default. */
    static final int DEFAULT_LEVEL = 1;

    @Override
    public String name() {
        return Bz2Codec.NAME;
    }

    @Override
    public Set<String> v2Ids() {
        return Set.of(Bz2Codec.V2_ID);
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
        return new Bz2Codec(config.integer("level", 1, 9, DEFAULT_LEVEL));
    }
}
