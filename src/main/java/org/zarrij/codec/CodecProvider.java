package org.zarrij.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.zarrij.UnknownExtensionException;

/**
 * Builds one kind of codec from metadata. Listed in {@code META-INF/services/org.zarrij.codec.CodecProvider}
 * so that other jars can add codecs; no annotation scanning or reflection on fields.
 */
public interface CodecProvider {

    /** The v3 codec name, e.g. {@code "gzip"}. */
    String name();

    /** Further v3 names accepted on read (e.g. {@code "numcodecs.zlib"}). */
    default Set<String> aliases() {
        return Set.of();
    }

    /** numcodecs ids this provider reads from Zarr v2 compressor/filter entries (e.g. {@code "blosc"}). */
    default Set<String> v2Ids() {
        return Set.of();
    }

    /** Builds the codec from a v3 {@code configuration} (possibly null or missing). */
    Codec fromV3(JsonNode configuration, CodecContext context);

    /** Builds the codec from a v2 numcodecs config object (with its {@code "id"}). */
    default Codec fromV2(ObjectNode config, CodecContext context) {
        throw new UnknownExtensionException(context.where() + ": codec '" + name() + "' has no Zarr v2 form");
    }
}
