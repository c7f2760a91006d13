package org.zarrij.array;

import com.fasterxml.jackson.databind.JsonNode;
import org.zarrij.dtype.DataType.ByteOrderMark;

/**
 * What Zarr v2 stores in other places than v3's codecs, kept so a v2 array is written back as v2.
 *
 * @param order 'C' or 'F'
 * @param byteOrder the dtype's byte order mark
 * @param fillValueNull true when .zarray said {@code "fill_value": null}
 * @param compressor the numcodecs compressor config, or null
 * @param filters the numcodecs filter configs, or null
 */
public record V2Layout(char order, ByteOrderMark byteOrder, char separator, boolean fillValueNull,
                       JsonNode compressor, JsonNode filters) {
}
