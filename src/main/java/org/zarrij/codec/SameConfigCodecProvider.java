package org.zarrij.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A provider whose Zarr v3 configuration and v2 numcodecs entry have the same fields (most numcodecs codecs). */
public abstract class SameConfigCodecProvider implements CodecProvider {

    @Override
    public final Codec fromV3(JsonNode configuration, CodecContext context) {
        return read(new CodecConfig(configuration, context));
    }

    @Override
    public final Codec fromV2(ObjectNode config, CodecContext context) {
        return read(new CodecConfig(config, context));
    }

    /** Builds the codec from its configuration fields. */
    protected abstract Codec read(CodecConfig config);
}
