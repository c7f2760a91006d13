package org.zarrij.codec.compress;

import java.util.Set;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.SameConfigCodecProvider;

/** Builds {@link Bz2Codec}: v3 {@code numcodecs.bz2 {"level"}}, v2 {@code {"id": "bz2", "level"}}. */
public final class Bz2CodecProvider extends SameConfigCodecProvider {
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
    protected Codec read(CodecConfig config) {
        return new Bz2Codec(config.integer("level", 1, 9, DEFAULT_LEVEL));
    }
}
