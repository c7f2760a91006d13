package org.zarrij.codec.blosc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.zarrij.MetadataException;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecProvider;

/**
 * Builds {@link BloscCodec}s. v3: {@code {"cname", "clevel", "shuffle": "noshuffle"|"shuffle"|"bitshuffle",
 * "typesize", "blocksize"}}; v2 (numcodecs): {@code {"id": "blosc", "cname", "clevel", "shuffle": -1|0|1|2,
 * "blocksize"}} with the typesize taken from the array's data type. Missing fields take numcodecs' defaults
 * (lz4, level 5, blocksize 0) and zarr-python's shuffle default (bit shuffle for 1-byte types, else byte).
 */
public final class BloscCodecProvider implements CodecProvider {
    private static final String[] CNAMES = {"blosclz", "lz4", "lz4hc", "snappy", "zlib", "zstd"};
    private static final String[] SHUFFLES = {"noshuffle", "shuffle", "bitshuffle"};

    @Override
    public String name() {
        return BloscCodec.NAME;
    }

    @Override
    public Set<String> v2Ids() {
        return Set.of(BloscCodec.NAME);
    }

    @Override
    public Codec fromV3(JsonNode configuration, CodecContext context) {
        CodecConfig c = new CodecConfig(configuration, context);
        int typesize = c.has("typesize") ? c.integer("typesize", 1, Integer.MAX_VALUE, null) : itemSize(context);
        BloscShuffle shuffle;
        JsonNode raw = c.raw("shuffle");
        if (raw != null && raw.isIntegralNumber()) {
            // Some early v3 writers stored numcodecs' integers.
            shuffle = BloscShuffle.fromCode(c.integer("shuffle", -1, 2, null), typesize).orElseThrow();
        } else if (c.has("shuffle")) {
            shuffle = BloscShuffle.fromName(c.string("shuffle", null, SHUFFLES)).orElseThrow();
        } else {
            shuffle = BloscShuffle.automatic(typesize);
        }
        return build(c, shuffle, typesize);
    }

    @Override
    public Codec fromV2(ObjectNode config, CodecContext context) {
        CodecConfig c = new CodecConfig(config, context);
        int typesize = itemSize(context);
        int code = c.integer("shuffle", -1, 2, 1);
        BloscShuffle shuffle = BloscShuffle.fromCode(code, typesize).orElseThrow();
        return build(c, shuffle, typesize);
    }

    private static BloscCodec build(CodecConfig c, BloscShuffle shuffle, int typesize) {
        BloscCname cname = BloscCname.fromName(c.string("cname", "lz4", CNAMES)).orElseThrow();
        int clevel = c.integer("clevel", 0, 9, 5);
        int blocksize = c.integer("blocksize", 0, Integer.MAX_VALUE, 0);
        return new BloscCodec(cname, clevel, shuffle, typesize, blocksize);
    }

    private static int itemSize(CodecContext context) {
        if (context.dataType() == null) {
            throw new MetadataException(context.at("typesize") + ": required when the data type is unknown");
        }
        return context.dataType().itemSize();
    }
}
