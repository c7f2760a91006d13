package org.zarrij.codec.compress;

import java.util.Set;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.SameConfigCodecProvider;

/** Builds {@link Lz4Codec}: v3 {@code numcodecs.lz4 {"acceleration"}}, v2 {@code {"id": "lz4", "acceleration"}}. */
public final class Lz4CodecProvider extends SameConfigCodecProvider {
    static final int DEFAULT_ACCELERATION = 1;

    @Override
    public String name() {
        return Lz4Codec.NAME;
    }

    @Override
    public Set<String> v2Ids() {
        return Set.of(Lz4Codec.V2_ID);
    }


    @Override
    protected Codec read(CodecConfig config) {
        // LZ4 treats values below 1 as 1; any 32-bit value is valid metadata.
        return new Lz4Codec(config.integer("acceleration", Integer.MIN_VALUE, Integer.MAX_VALUE,
                DEFAULT_ACCELERATION));
    }
}
