package org.zarrij.array;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.zarrij.store.Store;

/** A Zarr group (v2 or v3): attributes and children. An immutable snapshot; updates return a new handle. */
public final class ZarrGroup implements ZarrNode {
    private final Store store;
    private final String path;
    private final int zarrFormat;
    private final ObjectNode attributes;
    private final ObjectNode document;
    private final MetadataSource source;

    ZarrGroup(Store store, String path, int zarrFormat, ObjectNode attributes, ObjectNode document,
              MetadataSource source) {
        this.store = store;
        this.path = path;
        this.zarrFormat = zarrFormat;
        this.attributes = attributes.deepCopy();
        this.document = document == null ? null : document.deepCopy();
        this.source = source;
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public int zarrFormat() {
        return zarrFormat;
    }

    @Override
    public ObjectNode attributes() {
        return attributes.deepCopy();
    }

    /** The raw group document (v3 zarr.json) as read, or null for v2. */
    public ObjectNode document() {
        return document == null ? null : document.deepCopy();
    }

    /**
     * False when {@link #childNames()} cannot know the children: the store cannot list folders (HTTP) and the
     * hierarchy has no consolidated metadata. Children can still be opened by name.
     */
    public boolean canListChildren() {
        return source.canListChildren();
    }

    /**
     * Names of the child arrays and groups, sorted. Empty when they cannot be known (see
     * {@link #canListChildren()}): an HTTP server without consolidated metadata cannot tell them.
     */
    public List<String> childNames() {
        List<String> names = new ArrayList<>();
        for (String name : source.childNames(path)) {
            String child = path.isEmpty() ? name : path + "/" + name;
            if (source.nodeExists(child, zarrFormat)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The child arrays and groups. */
    public List<ZarrNode> children() {
        List<ZarrNode> nodes = new ArrayList<>();
        for (String name : childNames()) {
            nodes.add(open(name));
        }
        return nodes;
    }

    /** Opens a node below this group; {@code relativePath} may have several segments. */
    public ZarrNode open(String relativePath) {
        return Zarr.open(store, join(relativePath), source);
    }

    public ZarrArray createArray(String name, ArrayDefinition definition) {
        return Zarr.createArray(store, join(name), definition.withZarrFormat(zarrFormat), false);
    }

    public ZarrGroup createGroup(String name) {
        return Zarr.createGroup(store, join(name), zarrFormat, null);
    }

    /** Replaces the attributes (unknown fields of the group document are kept) and returns the new handle. */
    public ZarrGroup withAttributes(ObjectNode newAttributes) {
        Zarr.writeGroupMetadata(store, path, zarrFormat, newAttributes, document);
        ObjectNode doc = zarrFormat == 3 ? V3Metadata.writeGroup(newAttributes, document) : null;
        return new ZarrGroup(store, path, zarrFormat, newAttributes, doc, MetadataSource.direct(store));
    }

    private String join(String name) {
        return path.isEmpty() ? name : path + "/" + name;
    }

    @Override
    public String toString() {
        return "ZarrGroup[" + store.describe() + (path.isEmpty() ? "" : "/" + path) + " v" + zarrFormat + "]";
    }
}
