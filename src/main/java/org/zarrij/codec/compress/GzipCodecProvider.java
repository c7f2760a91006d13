package org.zarrij.codec.compress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecProvider;

/** Builds {@link GzipCodec}: v3 {@code gzip {"level"}}, v2 {@code {"id": "gzip", "level"}}. */
public final class GzipCodecProvider implements CodecProvider {
    /** zarr-python 3's default for v3; numcodecs' GZip defaults to 1. */
    static final int V3_DEFAULT_LEVEL = 5;
    static final int V2_DEFAULT_LEVEL = 1;

    @Override
    public String name() {
        return GzipCodec.NAME;
    }

    /** zarr-python 3 can also write the numcodecs wrapper name, with the same configuration. */
    @Override
    public Set<String> aliases() {
        return Set.of("numcodecs.gzip");
    }

    @Override
    public Set<String> v2Ids() {
        return Set.of("gzip");
    }

    @Override
    public Codec fromV3(JsonNode configuration, CodecContext context) {
        return new GzipCodec(new CodecConfig(configuration, context).integer("level", 0, 9, V3_DEFAULT_LEVEL));
    }

    @Override
    public Codec fromV2(ObjectNode config, CodecContext context) {
        return new GzipCodec(new CodecConfig(config, context).integer("level", 0, 9, V2_DEFAULT_LEVEL));
    }
}
