package org.zarrij.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.zarrij.MetadataException;
import org.zarrij.UnknownExtensionException;
import org.zarrij.codec.ArrayToArrayCodec;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.DataType.ByteOrderMark;
import org.zarrij.dtype.DataType.NumpyType;
import org.zarrij.dtype.FillValues;

/**
 * Reads Zarr v2 {@code .zarray} documents into the v3 model and writes them back. The mapping: order F
 * becomes a transpose with reversed axes, the dtype's byte order the bytes codec's endian, filters and the
 * compressor the following codecs, and dimension_separator the v2 chunk key encoding.
 */
public final class V2Metadata {
    public static final String ARRAY_KEY = ".zarray";
    public static final String GROUP_KEY = ".zgroup";
    public static final String ATTRIBUTES_KEY = ".zattrs";

    private V2Metadata() {
    }

    public static ArrayMetadata parseArray(ObjectNode doc, ObjectNode attributes, String key, CodecRegistry registry) {
        MetadataReader r = new MetadataReader(doc, key);
        int format = r.integer("zarr_format");
        if (format != 2) {
            throw new MetadataException(r.where("/zarr_format") + ": expected 2, found " + format);
        }
        long[] shape = r.shape("shape");
        JsonNode dtypeNode = r.required("dtype");
        if (!dtypeNode.isTextual()) {
            throw new UnknownExtensionException(r.where("/dtype") + ": structured dtypes are not supported, found "
                    + dtypeNode);
        }
        NumpyType nt = DataType.fromNumpy(dtypeNode.textValue()).orElseThrow(() -> new UnknownExtensionException(
                r.where("/dtype") + ": unsupported dtype \"" + dtypeNode.textValue()
                        + "\" (supported: b1, i1..i8, u1..u8, f2, f4, f8, c8, c16 in '<', '>' or '|' order)"));
        DataType dtype = nt.dataType();
        int[] chunks = r.chunkShape(r.required("chunks"), "/chunks", shape.length, dtype.itemSize());
        JsonNode fillNode = r.required("fill_value");
        byte[] fill = FillValues.parse(fillNode, dtype, r.where("/fill_value"));
        String order = r.string("order");
        if (!order.equals("C") && !order.equals("F")) {
            throw r.error("/order", "\"C\" or \"F\"", doc.get("order"));
        }
        char sep = '.';
        JsonNode sepNode = doc.get("dimension_separator");
        if (sepNode != null && !sepNode.isNull()) {
            if (!sepNode.isTextual() || !(sepNode.textValue().equals(".") || sepNode.textValue().equals("/"))) {
                throw r.error("/dimension_separator", "\".\" or \"/\"", sepNode);
            }
            sep = sepNode.textValue().charAt(0);
        }
        JsonNode compressor = doc.get("compressor");
        if (compressor == null) {
            throw new MetadataException(r.where("/compressor") + ": required field is missing (use null for none)");
        }
        JsonNode filters = doc.get("filters");
        if (filters != null && !filters.isNull() && !filters.isArray()) {
            throw r.error("/filters", "null or an array of codec configurations", filters);
        }

        List<Codec> arrayStage = new ArrayList<>();
        List<Codec> bytesStage = new ArrayList<>();
        if (order.equals("F") && shape.length > 1) {
            arrayStage.add(transposeReversed(shape.length, dtype, registry, r.where("/order")));
        }
        if (filters != null && filters.isArray()) {
            for (int i = 0; i < filters.size(); i++) {
                Codec c = registry.fromV2(filters.get(i), new CodecContext(dtype, r.where("/filters/" + i)));
                (c instanceof ArrayToArrayCodec ? arrayStage : bytesStage).add(c);
            }
        }
        List<Codec> codecs = new ArrayList<>(arrayStage);
        codecs.add(bytesCodec(nt.order(), dtype, registry, r.where("/dtype")));
        codecs.addAll(bytesStage);
        if (!compressor.isNull()) {
            codecs.add(registry.fromV2(compressor, new CodecContext(dtype, r.where("/compressor"))));
        }
        V2Layout layout = new V2Layout(order.charAt(0), nt.order(), sep, fillNode.isNull(), compressor,
                filters == null ? JsonNodeFactory.instance.nullNode() : filters);
        ArrayMetadata m = new ArrayMetadata(2, shape, chunks, dtype, fill, codecs, ChunkKeyEncoding.v2(sep), null,
                attributes, layout, doc);
        m.codecChain(key);
        return m;
    }

    /** The .zarray document (keys sorted as zarr-python writes them); unknown fields of the original survive. */
    public static ObjectNode writeArray(ArrayMetadata m) {
        V2Layout v2 = m.v2Layout().orElseThrow(() -> new MetadataException("array is not a Zarr v2 array"));
        ObjectNode o = Json.object();
        ArrayNode chunks = o.putArray("chunks");
        for (int c : m.chunkShape()) {
            chunks.add(c);
        }
        o.set("compressor", v2.compressor() == null ? JsonNodeFactory.instance.nullNode() : v2.compressor());
        o.put("dimension_separator", String.valueOf(v2.separator()));
        o.put("dtype", m.dataType().numpyTypestr(v2.byteOrder()));
        o.set("fill_value", v2.fillValueNull() ? JsonNodeFactory.instance.nullNode()
                : FillValues.toJson(m.fillValue(), m.dataType()));
        o.set("filters", v2.filters() == null ? JsonNodeFactory.instance.nullNode() : v2.filters());
        o.put("order", String.valueOf(v2.order()));
        ArrayNode shape = o.putArray("shape");
        for (long s : m.shape()) {
            shape.add(s);
        }
        o.put("zarr_format", 2);
        m.document().fields().forEachRemaining(e -> {
            if (!o.has(e.getKey())) {
                o.set(e.getKey(), e.getValue());
            }
        });
        return o;
    }

    public static ObjectNode writeGroup() {
        ObjectNode o = Json.object();
        o.put("zarr_format", 2);
        return o;
    }

    static Codec bytesCodec(ByteOrderMark order, DataType dtype, CodecRegistry registry, String where) {
        ObjectNode entry = Json.object();
        entry.put("name", "bytes");
        entry.putObject("configuration").put("endian", order == ByteOrderMark.BIG ? "big" : "little");
        return registry.fromV3(entry, new CodecContext(dtype, where));
    }

    static Codec transposeReversed(int rank, DataType dtype, CodecRegistry registry, String where) {
        ObjectNode entry = Json.object();
        entry.put("name", "transpose");
        ArrayNode perm = entry.putObject("configuration").putArray("order");
        for (int i = rank - 1; i >= 0; i--) {
            perm.add(i);
        }
        return registry.fromV3(entry, new CodecContext(dtype, where));
    }
}
