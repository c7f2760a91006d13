package org.zarrij.codec.sharding;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.zarrij.MetadataException;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecProvider;
import org.zarrij.codec.CodecRegistry;

/** Builds {@code sharding_indexed} from {@code chunk_shape}, {@code codecs}, {@code index_codecs}, {@code index_location}. */
public final class ShardingCodecProvider implements CodecProvider {

    @Override
    public String name() {
        return ShardingCodec.NAME;
    }

    @Override
    public Codec fromV3(JsonNode configuration, CodecContext context) {
        CodecConfig c = new CodecConfig(configuration, context);
        JsonNode shape = c.raw("chunk_shape");
        if (shape == null || !shape.isArray()) {
            throw new MetadataException(context.at("chunk_shape") + ": expected an array of positive integers, found "
                    + shape);
        }
        int[] inner = new int[shape.size()];
        for (int i = 0; i < inner.length; i++) {
            JsonNode v = shape.get(i);
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() <= 0) {
                throw new MetadataException(context.at("chunk_shape/" + i) + ": expected a positive integer, found " + v);
            }
            inner[i] = v.intValue();
        }
        List<Codec> codecs = chain(c.raw("codecs"), context, "codecs");
        List<Codec> index = chain(c.raw("index_codecs"), context, "index_codecs");
        String location = c.string("index_location", "end", "start", "end");
        return new ShardingCodec(inner, codecs, index, location.equals("end"));
    }

    private static List<Codec> chain(JsonNode node, CodecContext context, String field) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new MetadataException(context.at(field) + ": expected a non-empty array of codecs, found " + node);
        }
        List<Codec> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(CodecRegistry.global().fromV3(node.get(i), new CodecContext(context.dataType(),
                    context.at(field + "/" + i))));
        }
        return out;
    }
}
