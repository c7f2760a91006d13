package org.zarrij.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zarrij.MetadataException;
import org.zarrij.UnknownExtensionException;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.FillValues;

/** Reads and writes Zarr v3 {@code zarr.json} documents of arrays and groups. */
public final class V3Metadata {
    public static final String KEY = "zarr.json";
    private static final Set<String> ARRAY_FIELDS = Set.of("zarr_format", "node_type", "shape", "data_type",
            "chunk_grid", "chunk_key_encoding", "fill_value", "codecs", "attributes", "dimension_names",
            "storage_transformers");
    private static final Set<String> GROUP_FIELDS = Set.of("zarr_format", "node_type", "attributes",
            "consolidated_metadata");

    private V3Metadata() {
    }

    /** The node type ("array" or "group") of a v3 document, checking zarr_format. */
    public static String nodeType(ObjectNode doc, String key) {
        MetadataReader r = new MetadataReader(doc, key);
        int format = r.integer("zarr_format");
        if (format != 3) {
            throw new MetadataException(r.where("/zarr_format") + ": expected 3, found " + format);
        }
        String type = r.string("node_type");
        if (!type.equals("array") && !type.equals("group")) {
            throw r.error("/node_type", "\"array\" or \"group\"", doc.get("node_type"));
        }
        return type;
    }

    public static ArrayMetadata parseArray(ObjectNode doc, String key, CodecRegistry registry) {
        MetadataReader r = new MetadataReader(doc, key);
        if (!nodeType(doc, key).equals("array")) {
            throw new MetadataException(key + ": /node_type: expected \"array\", found \"group\"");
        }
        checkExtensions(doc, ARRAY_FIELDS, r);
        long[] shape = r.shape("shape");
        DataType dtype = dataType(r.required("data_type"), r);
        JsonNode grid = r.required("chunk_grid");
        if (!grid.isObject() || !grid.path("name").isTextual()) {
            throw r.error("/chunk_grid", "an object with a \"name\"", grid);
        }
        if (!grid.get("name").textValue().equals("regular")) {
            throw new UnknownExtensionException(r.where("/chunk_grid/name") + ": unknown chunk grid \""
                    + grid.get("name").textValue() + "\" (known: regular)");
        }
        int[] chunks = r.chunkShape(grid.path("configuration").get("chunk_shape"),
                "/chunk_grid/configuration/chunk_shape", shape.length, dtype.itemSize());
        ChunkKeyEncoding keys = ChunkKeyEncoding.fromV3(doc.get("chunk_key_encoding"), r);
        byte[] fill = FillValues.parse(r.required("fill_value"), dtype, r.where("/fill_value"));
        JsonNode codecsNode = r.required("codecs");
        if (!codecsNode.isArray() || codecsNode.isEmpty()) {
            throw r.error("/codecs", "a non-empty array of codecs", codecsNode);
        }
        List<Codec> codecs = new ArrayList<>();
        for (int i = 0; i < codecsNode.size(); i++) {
            codecs.add(registry.fromV3(codecsNode.get(i), new CodecContext(dtype, r.where("/codecs/" + i))));
        }
        List<String> names = dimensionNames(doc.get("dimension_names"), shape.length, r);
        JsonNode st = doc.get("storage_transformers");
        if (st != null && !(st.isArray() && st.isEmpty())) {
            throw new UnknownExtensionException(r.where("/storage_transformers")
                    + ": storage transformers are not supported, found " + st);
        }
        ArrayMetadata m = new ArrayMetadata(3, shape, chunks, dtype, fill, codecs, keys, names,
                attributes(doc, r), null, doc);
        m.codecChain(r.where("/codecs"));
        return m;
    }

    public static ObjectNode parseGroupAttributes(ObjectNode doc, String key) {
        MetadataReader r = new MetadataReader(doc, key);
        if (!nodeType(doc, key).equals("group")) {
            throw new MetadataException(key + ": /node_type: expected \"group\", found \"array\"");
        }
        checkExtensions(doc, GROUP_FIELDS, r);
        return attributes(doc, r);
    }

    /** The array's zarr.json, starting from the document it was read from so unknown fields survive. */
    public static ObjectNode writeArray(ArrayMetadata m) {
        ObjectNode o = Json.object();
        o.put("zarr_format", 3);
        o.put("node_type", "array");
        ArrayNode shape = o.putArray("shape");
        for (long s : m.shape()) {
            shape.add(s);
        }
        o.put("data_type", m.dataType().v3Name());
        ObjectNode grid = o.putObject("chunk_grid");
        grid.put("name", "regular");
        ArrayNode cs = grid.putObject("configuration").putArray("chunk_shape");
        for (int c : m.chunkShape()) {
            cs.add(c);
        }
        o.set("chunk_key_encoding", m.chunkKeyEncoding().toV3Json());
        o.set("fill_value", FillValues.toJson(m.fillValue(), m.dataType()));
        ArrayNode codecs = o.putArray("codecs");
        for (Codec c : m.codecs()) {
            codecs.add(c.toV3Json());
        }
        o.set("attributes", m.attributes());
        if (m.dimensionNames() != null) {
            ArrayNode names = o.putArray("dimension_names");
            m.dimensionNames().forEach(n -> {
                if (n == null) {
                    names.addNull();
                } else {
                    names.add(n);
                }
            });
        }
        // Keep fields we do not interpret (must_understand: false extensions), after the known ones.
        for (Iterator<Map.Entry<String, JsonNode>> it = m.document().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!o.has(e.getKey()) && !ARRAY_FIELDS.contains(e.getKey())) {
                o.set(e.getKey(), e.getValue());
            }
        }
        return o;
    }

    public static ObjectNode writeGroup(ObjectNode attributes, ObjectNode previous) {
        ObjectNode o = Json.object();
        o.put("zarr_format", 3);
        o.put("node_type", "group");
        o.set("attributes", attributes == null ? Json.object() : attributes.deepCopy());
        if (previous != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = previous.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!o.has(e.getKey())) {
                    o.set(e.getKey(), e.getValue());
                }
            }
        }
        return o;
    }

    private static DataType dataType(JsonNode n, MetadataReader r) {
        String name = n.isTextual() ? n.textValue() : n.isObject() && n.path("name").isTextual()
                ? n.get("name").textValue() : null;
        if (name == null) {
            throw r.error("/data_type", "a data type name such as \"uint16\"", n);
        }
        return DataType.fromV3Name(name).orElseThrow(() -> new UnknownExtensionException(r.where("/data_type")
                + ": unsupported data type \"" + name + "\" (supported: bool, int8..int64, uint8..uint64,"
                + " float16, float32, float64, complex64, complex128)"));
    }

    private static List<String> dimensionNames(JsonNode n, int rank, MetadataReader r) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray() || n.size() != rank) {
            throw r.error("/dimension_names", "an array of " + rank + " strings or nulls", n);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
            JsonNode v = n.get(i);
            if (v.isNull()) {
                names.add(null);
            } else if (v.isTextual()) {
                names.add(v.textValue());
            } else {
                throw r.error("/dimension_names/" + i, "a string or null", v);
            }
        }
        return names;
    }

    private static ObjectNode attributes(ObjectNode doc, MetadataReader r) {
        JsonNode a = doc.get("attributes");
        if (a == null || a.isNull()) {
            return Json.object();
        }
        if (!a.isObject()) {
            throw r.error("/attributes", "an object", a);
        }
        return (ObjectNode) a;
    }

    /** Unknown top-level fields are fine only as extensions that say {@code "must_understand": false}. */
    private static void checkExtensions(ObjectNode doc, Set<String> known, MetadataReader r) {
        for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (known.contains(f)) {
                continue;
            }
            JsonNode v = doc.get(f);
            boolean optional = v.isObject() && v.path("must_understand").isBoolean()
                    && !v.get("must_understand").booleanValue();
            if (!optional) {
                throw new UnknownExtensionException(r.where("/" + f) + ": unknown field \"" + f
                        + "\" that must be understood (extensions we may ignore say \"must_understand\": false)");
            }
        }
    }
}
