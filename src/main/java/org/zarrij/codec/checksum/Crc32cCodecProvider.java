package org.zarrij.codec.checksum;

import java.util.Set;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.SameConfigCodecProvider;

/**
 * Builds {@link Crc32cCodec}: v3 {@code crc32c} (no configuration) or {@code numcodecs.crc32c
 * {"location": "end"|"start"}}, v2 {@code {"id": "crc32c"}} (numcodecs 0.13+; 0.11 has no CRC32C).
 */
public final class Crc32cCodecProvider extends SameConfigCodecProvider {

    @Override
    public String name() {
        return Crc32cCodec.NAME;
    }

    @Override
    public Set<String> aliases() {
        return Set.of(Crc32cCodec.NUMCODECS_NAME);
    }

    @Override
    public Set<String> v2Ids() {
        return Set.of(Crc32cCodec.NAME);
    }


    @Override
    protected Codec read(CodecConfig config) {
        return new Crc32cCodec(config.string("location", "end", "end", "start").equals("end"));
    }
}
