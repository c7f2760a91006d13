package org.zarrij.codec.transform;

import com.fasterxml.jackson.databind.JsonNode;
import org.zarrij.MetadataException;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecProvider;

/**
 * Builds {@link TransposeCodec} from v3 {@code transpose {"order": [permutation]}}. No v2 id: Zarr v2's
 * {@code "order": "F"} is mapped by the array layer with {@link TransposeCodec#reversed(int)}.
 */
public final class TransposeCodecProvider implements CodecProvider {

    @Override
    public String name() {
        return TransposeCodec.NAME;
    }

    @Override
    public Codec fromV3(JsonNode configuration, CodecContext context) {
        CodecConfig config = new CodecConfig(configuration, context);
        JsonNode o = config.raw("order");
        String where = context.at("order");
        if (o == null || o.isNull()) {
            throw new MetadataException(where + ": required permutation (e.g. [1, 0]) is missing");
        }
        if (!o.isArray()) {
            throw new MetadataException(where + ": expected an array of dimension indices, found " + o);
        }
        int[] order = new int[o.size()];
        for (int i = 0; i < order.length; i++) {
            JsonNode v = o.get(i);
            if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() >= order.length) {
                throw new MetadataException(where + "/" + i + ": expected an integer 0.." + (order.length - 1)
                        + ", found " + v);
            }
            order[i] = v.asInt();
        }
        String problem = TransposeCodec.permutationProblem(order);
        if (problem != null) {
            throw new MetadataException(where + ": " + problem);
        }
        return new TransposeCodec(order);
    }
}
