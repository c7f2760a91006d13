package org.zarrij.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.zarrij.MetadataException;
import org.zarrij.codec.ArrayToArrayCodec;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.DataType.ByteOrderMark;

/**
 * What a new array should be, with the defaults zarr-python uses: Zarr v3, fill value 0, C order, little
 * endian, no compression, '/' chunk separator in v3 and '.' in v2. {@code compressors} are bytes-to-bytes codecs
 * applied after serialization (in v2 the last one is the compressor, the others filters).
 */
public record ArrayDefinition(
        int zarrFormat,
        long[] shape,
        int[] chunks,
        DataType dataType,
        byte[] fillValue,
        char order,
        ByteOrderMark byteOrder,
        Character separator,
        List<Codec> compressors,
        List<String> dimensionNames,
        ObjectNode attributes,
        int[] shards) {

    public static ArrayDefinition of(long[] shape, int[] chunks, DataType dataType) {
        return new ArrayDefinition(3, shape, chunks, dataType, null, 'C', ByteOrderMark.LITTLE, null, List.of(),
                null, null, null);
    }

    /**
     * Stores chunks in shards of shape {@code shardShape} (Zarr v3 {@code sharding_indexed}; each shard dimension
     * a multiple of the chunk's). The chunk codecs go inside the shards; the index is protected by crc32c.
     */
    public ArrayDefinition withShards(int[] shardShape) {
        return new ArrayDefinition(zarrFormat, shape, chunks, dataType, fillValue, order, byteOrder, separator,
                compressors, dimensionNames, attributes, shardShape == null ? null : shardShape.clone());
    }

    public ArrayDefinition withZarrFormat(int format) {
        return new ArrayDefinition(format, shape, chunks, dataType, fillValue, order, byteOrder, separator,
                compressors, dimensionNames, attributes, shards);
    }

    /** A fill value as one element's bytes, little-endian; null means none (v2 null, v3 zero). */
    public ArrayDefinition withFillValue(byte[] fill) {
        return new ArrayDefinition(zarrFormat, shape, chunks, dataType, fill, order, byteOrder, separator,
                compressors, dimensionNames, attributes, shards);
    }

    public ArrayDefinition withOrder(char o) {
        return new ArrayDefinition(zarrFormat, shape, chunks, dataType, fillValue, o, byteOrder, separator,
                compressors, dimensionNames, attributes, shards);
    }

    public ArrayDefinition withByteOrder(ByteOrderMark b) {
        return new ArrayDefinition(zarrFormat, shape, chunks, dataType, fillValue, order, b, separator,
                compressors, dimensionNames, attributes, shards);
    }

    public ArrayDefinition withSeparator(char s) {
        return new ArrayDefinition(zarrFormat, shape, chunks, dataType, fillValue, order, byteOrder, s,
                compressors, dimensionNames, attributes, shards);
    }

    public ArrayDefinition withCompressors(List<Codec> c) {
        return new ArrayDefinition(zarrFormat, shape, chunks, dataType, fillValue, order, byteOrder, separator,
                c, dimensionNames, attributes, shards);
    }

    public ArrayDefinition withDimensionNames(List<String> names) {
        return new ArrayDefinition(zarrFormat, shape, chunks, dataType, fillValue, order, byteOrder, separator,
                compressors, names, attributes, shards);
    }

    public ArrayDefinition withAttributes(ObjectNode a) {
        return new ArrayDefinition(zarrFormat, shape, chunks, dataType, fillValue, order, byteOrder, separator,
                compressors, dimensionNames, a, shards);
    }

    /** The metadata this definition describes, checked as if it had been read from the store. */
    public ArrayMetadata toMetadata(CodecRegistry registry, String where) {
        if (zarrFormat != 2 && zarrFormat != 3) {
            throw new MetadataException(where + ": zarr_format must be 2 or 3, found " + zarrFormat);
        }
        if (chunks.length != shape.length) {
            throw new MetadataException(where + ": chunks have " + chunks.length + " dimensions, shape has "
                    + shape.length);
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0 || chunks[i] <= 0) {
                throw new MetadataException(where + ": shape must be >= 0 and chunks > 0, found shape "
                        + java.util.Arrays.toString(shape) + " chunks " + java.util.Arrays.toString(chunks));
            }
        }
        if (order != 'C' && order != 'F') {
            throw new MetadataException(where + ": order must be C or F, found " + order);
        }
        byte[] fill = fillValue == null ? new byte[dataType.itemSize()] : fillValue;
        List<Codec> codecs = new ArrayList<>();
        if (order == 'F' && shape.length > 1) {
            codecs.add(V2Metadata.transposeReversed(shape.length, dataType, registry, where));
        }
        codecs.add(V2Metadata.bytesCodec(byteOrder, dataType, registry, where));
        codecs.addAll(compressors);
        if (shards != null && zarrFormat != 3) {
            throw new MetadataException(where + ": sharding needs Zarr v3");
        }
        if (zarrFormat == 3) {
            char sep = separator == null ? '/' : separator;
            int[] grid = chunks;
            if (shards != null) {
                if (shards.length != shape.length) {
                    throw new MetadataException(where + ": shards have " + shards.length + " dimensions, shape has "
                            + shape.length);
                }
                codecs = List.of(shardingCodec(registry, codecs, where));
                grid = shards;
            }
            ArrayMetadata m = new ArrayMetadata(3, shape, grid, dataType, fill, codecs,
                    ChunkKeyEncoding.defaultEncoding(sep), dimensionNames, attributes, null, null);
            m.codecChain(where);
            return m;
        }
        char sep = separator == null ? '.' : separator;
        JsonNode compressor = JsonNodeFactory.instance.nullNode();
        ArrayNode filters = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < compressors.size(); i++) {
            Codec c = compressors.get(i);
            ObjectNode v2 = c.toV2Json().orElseThrow(() -> new MetadataException(where + ": codec '" + c.name()
                    + "' cannot be written to Zarr v2"));
            if (i == compressors.size() - 1) {
                compressor = v2;
            } else {
                filters.add(v2);
            }
        }
        V2Layout layout = new V2Layout(order, dataType.itemSize() == 1 ? ByteOrderMark.NOT_APPLICABLE : byteOrder,
                sep, fillValue == null, compressor, filters.isEmpty() ? JsonNodeFactory.instance.nullNode() : filters);
        ArrayMetadata m = new ArrayMetadata(2, shape, chunks, dataType, fill, codecs, ChunkKeyEncoding.v2(sep), null,
                attributes, layout, null);
        m.codecChain(where);
        return m;
    }

    private Codec shardingCodec(CodecRegistry registry, List<Codec> inner, String where) {
        ObjectNode entry = Json.object();
        entry.put("name", "sharding_indexed");
        ObjectNode config = entry.putObject("configuration");
        ArrayNode cs = config.putArray("chunk_shape");
        for (int c : chunks) {
            cs.add(c);
        }
        ArrayNode codecs = config.putArray("codecs");
        inner.forEach(c -> codecs.add(c.toV3Json()));
        ArrayNode index = config.putArray("index_codecs");
        index.addObject().put("name", "bytes").putObject("configuration").put("endian", "little");
        index.addObject().put("name", "crc32c");
        config.put("index_location", "end");
        return registry.fromV3(entry, new CodecContext(dataType, where));
    }

    /** Parses a compressor chain for {@code dataType} from v3 codec JSON entries (for callers building definitions). */
    public static Codec codec(CodecRegistry registry, ObjectNode v3Entry, DataType dataType) {
        Codec c = registry.fromV3(v3Entry, new CodecContext(dataType, "codec"));
        if (c instanceof ArrayToArrayCodec) {
            throw new MetadataException("codec '" + c.name() + "' is not a compressor");
        }
        return c;
    }
}
