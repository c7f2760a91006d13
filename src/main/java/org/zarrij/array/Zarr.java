package org.zarrij.array;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.zarrij.MetadataException;
import org.zarrij.NodeNotFoundException;
import org.zarrij.StoreException;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.store.Store;

/** Opening and creating Zarr arrays and groups, v2 or v3 (found from the metadata present). */
public final class Zarr {
    private Zarr() {
    }

    /** Opens the node at {@code path}, using consolidated metadata at that path when present. */
    public static ZarrNode open(Store store, String path) {
        String p = normalize(path);
        return open(store, p, MetadataSource.forRoot(store, p));
    }

    public static ZarrArray openArray(Store store, String path) {
        ZarrNode n = open(store, path);
        if (n instanceof ZarrArray a) {
            return a;
        }
        throw new NodeNotFoundException(describe(store, path) + ": is a group, expected an array");
    }

    public static ZarrGroup openGroup(Store store, String path) {
        ZarrNode n = open(store, path);
        if (n instanceof ZarrGroup g) {
            return g;
        }
        throw new NodeNotFoundException(describe(store, path) + ": is an array, expected a group");
    }

    static ZarrNode open(Store store, String path, MetadataSource source) {
        String prefix = path.isEmpty() ? "" : path + "/";
        Optional<byte[]> v3 = source.get(prefix + V3Metadata.KEY);
        if (v3.isPresent()) {
            String key = prefix + V3Metadata.KEY;
            ObjectNode doc = Json.parseObject(v3.get(), key);
            if (V3Metadata.nodeType(doc, key).equals("array")) {
                return new ZarrArray(store, path, V3Metadata.parseArray(doc, key, CodecRegistry.global()),
                        ZarrArray.IoOptions.forStore(store));
            }
            return new ZarrGroup(store, path, 3, V3Metadata.parseGroupAttributes(doc, key), doc, source);
        }
        Optional<byte[]> zarray = source.get(prefix + V2Metadata.ARRAY_KEY);
        ObjectNode attrs = v2Attributes(source, prefix);
        if (zarray.isPresent()) {
            String key = prefix + V2Metadata.ARRAY_KEY;
            ObjectNode doc = Json.parseObject(zarray.get(), key);
            return new ZarrArray(store, path, V2Metadata.parseArray(doc, attrs, key, CodecRegistry.global()),
                    ZarrArray.IoOptions.forStore(store));
        }
        Optional<byte[]> zgroup = source.get(prefix + V2Metadata.GROUP_KEY);
        if (zgroup.isPresent()) {
            String key = prefix + V2Metadata.GROUP_KEY;
            ObjectNode doc = Json.parseObject(zgroup.get(), key);
            if (doc.path("zarr_format").asInt(-1) != 2) {
                throw new MetadataException(key + ": /zarr_format: expected 2, found " + doc.get("zarr_format"));
            }
            return new ZarrGroup(store, path, 2, attrs, null, source);
        }
        throw new NodeNotFoundException(describe(store, path) + ": no Zarr array or group here (no zarr.json, .zarray"
                + " or .zgroup)");
    }

    private static ObjectNode v2Attributes(MetadataSource source, String prefix) {
        String key = prefix + V2Metadata.ATTRIBUTES_KEY;
        return source.get(key).map(b -> Json.parseObject(b, key)).orElseGet(Json::object);
    }

    /** Creates an array; refuses to replace an existing node unless {@code overwrite}, which deletes it first. */
    public static ZarrArray createArray(Store store, String path, ArrayDefinition definition, boolean overwrite) {
        String p = normalize(path);
        ArrayMetadata m = definition.toMetadata(CodecRegistry.global(), describe(store, p));
        prepare(store, p, overwrite);
        writeArrayMetadata(store, p, m);
        return new ZarrArray(store, p, m, ZarrArray.IoOptions.forStore(store));
    }

    public static ZarrGroup createGroup(Store store, String path, int zarrFormat, ObjectNode attributes) {
        String p = normalize(path);
        ObjectNode attrs = attributes == null ? Json.object() : attributes;
        if (exists(store, p)) {
            throw new StoreException(describe(store, p) + ": a Zarr node already exists here");
        }
        writeGroupMetadata(store, p, zarrFormat, attrs, null);
        ObjectNode doc = zarrFormat == 3 ? V3Metadata.writeGroup(attrs, null) : null;
        return new ZarrGroup(store, p, zarrFormat, attrs, doc, MetadataSource.direct(store));
    }

    /** True when an array or group of either format is at {@code path}. */
    public static boolean exists(Store store, String path) {
        String prefix = normalize(path).isEmpty() ? "" : normalize(path) + "/";
        return store.exists(prefix + V3Metadata.KEY) || store.exists(prefix + V2Metadata.ARRAY_KEY)
                || store.exists(prefix + V2Metadata.GROUP_KEY);
    }

    static void writeArrayMetadata(Store store, String path, ArrayMetadata m) {
        String prefix = path.isEmpty() ? "" : path + "/";
        if (m.zarrFormat() == 3) {
            store.set(prefix + V3Metadata.KEY, Json.write(V3Metadata.writeArray(m)));
        } else {
            store.set(prefix + V2Metadata.ARRAY_KEY, Json.write(V2Metadata.writeArray(m)));
            writeV2Attributes(store, prefix, m.attributes());
        }
    }

    static void writeGroupMetadata(Store store, String path, int format, ObjectNode attributes, ObjectNode previous) {
        String prefix = path.isEmpty() ? "" : path + "/";
        if (format == 3) {
            store.set(prefix + V3Metadata.KEY, Json.write(V3Metadata.writeGroup(attributes, previous)));
        } else {
            store.set(prefix + V2Metadata.GROUP_KEY, Json.write(V2Metadata.writeGroup()));
            writeV2Attributes(store, prefix, attributes);
        }
    }

    private static void writeV2Attributes(Store store, String prefix, ObjectNode attributes) {
        String key = prefix + V2Metadata.ATTRIBUTES_KEY;
        if (attributes == null || attributes.isEmpty()) {
            store.delete(key);
        } else {
            store.set(key, Json.write(attributes));
        }
    }

    /** Deletes an existing node's metadata and chunks under {@code path} when overwriting, else refuses. */
    private static void prepare(Store store, String path, boolean overwrite) {
        if (!exists(store, path)) {
            return;
        }
        if (!overwrite) {
            throw new StoreException(describe(store, path) + ": a Zarr node already exists here (overwrite not requested)");
        }
        for (String k : store.list(path)) {
            store.delete(k);
        }
    }

    /**
     * Writes consolidated metadata for the hierarchy at {@code path}, so it opens with one request: v2 as
     * zarr-python 2's consolidate_metadata ({@code .zmetadata}), v3 as zarr-python 3's (an inline
     * {@code consolidated_metadata} in the group's zarr.json).
     */
    public static void consolidate(Store store, String path) {
        String p = normalize(path);
        String prefix = p.isEmpty() ? "" : p + "/";
        ZarrGroup group = openGroup(store, p);
        ObjectNode meta = Json.object();
        for (String k : store.list(p)) {
            String name = k.substring(k.lastIndexOf('/') + 1);
            String rel = k.substring(prefix.length());
            if (group.zarrFormat() == 3 && name.equals(V3Metadata.KEY) && rel.contains("/")) {
                ObjectNode doc = Json.parseObject(store.get(k).orElseThrow(), k);
                doc.remove("consolidated_metadata");
                meta.set(rel.substring(0, rel.length() - V3Metadata.KEY.length() - 1), doc);
            } else if (group.zarrFormat() == 2 && (name.equals(V2Metadata.ARRAY_KEY) || name.equals(V2Metadata.GROUP_KEY)
                    || name.equals(V2Metadata.ATTRIBUTES_KEY))) {
                meta.set(rel, Json.parse(store.get(k).orElseThrow(), k));
            }
        }
        if (group.zarrFormat() == 3) {
            ObjectNode doc = group.document();
            ObjectNode cm = Json.object();
            cm.put("kind", "inline");
            cm.put("must_understand", false);
            cm.set("metadata", meta);
            doc.set("consolidated_metadata", cm);
            store.set(prefix + V3Metadata.KEY, Json.write(doc));
            return;
        }
        ObjectNode root = Json.object();
        root.set("metadata", meta);
        root.put("zarr_consolidated_format", 1);
        store.set(prefix + MetadataSource.CONSOLIDATED_KEY, Json.write(root));
    }

    static String normalize(String path) {
        if (path == null) {
            return "";
        }
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.isEmpty()) {
            org.zarrij.store.StoreKeys.validate(p);
        }
        return p;
    }

    static String describe(Store store, String path) {
        return store.describe() + (path.isEmpty() ? "" : "/" + path);
    }
}
