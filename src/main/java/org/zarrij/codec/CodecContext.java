package org.zarrij.codec;

import org.zarrij.dtype.DataType;

/**
 * What a provider may need to build a codec from its configuration: the array's data type (Blosc's
 * typesize, delta's dtype) and where the configuration stands, for error messages
 * (e.g. {@code "img/zarr.json: /codecs/1/configuration"}).
 */
public record CodecContext(DataType dataType, String where) {

    /** A message prefix naming a field of the configuration, e.g. {@code ".../configuration/level"}. */
    public String at(String field) {
        return where + "/" + field;
    }
}
