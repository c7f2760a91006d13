package org.zarrij.codec.bytes;

import com.fasterxml.jackson.databind.JsonNode;
import org.zarrij.MetadataException;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecConfig;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecProvider;

/**
 * Builds {@link BytesCodec} from v3 {@code bytes {"endian": "little"|"big"}}. It has no v2 id: Zarr v2
 * puts the byte order in the dtype, and the array layer uses {@link BytesCodec#of}.
 */
public final class BytesCodecProvider implements CodecProvider {

    @Override
    public String name() {
        return BytesCodec.NAME;
    }

    @Override
    public Codec fromV3(JsonNode configuration, CodecContext context) {
        CodecConfig config = new CodecConfig(configuration, context);
        if (!config.has("endian")) {
            if (context.dataType() != null && context.dataType().itemSize() > 1) {
                throw new MetadataException(context.at("endian") + ": required for data type "
                        + context.dataType() + ", expected \"little\" or \"big\"");
            }
            return new BytesCodec(null);
        }
        String endian = config.string("endian", null, "little", "big");
        return endian.equals("little") ? BytesCodec.LITTLE : BytesCodec.BIG;
    }
}
