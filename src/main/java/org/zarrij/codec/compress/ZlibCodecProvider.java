package org.zarrij.codec.compress;

import java.util.Set;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.SameConfigCodecProvider;

/** Builds {@link ZlibCodec}: v3 {@code numcodecs.zlib {"level"}}, v2 {@code {"id": "zlib", "level"}}. */
public final class ZlibCodecProvider extends SameConfigCodecProvider {
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
    protected Codec read(CodecConfig config) {
        return new ZlibCodec(config.integer("level", -1, 9, DEFAULT_LEVEL));
    }
}
