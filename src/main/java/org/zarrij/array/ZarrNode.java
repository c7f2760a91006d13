package org.zarrij.array;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.store.Store;

/** An array or a group at a path of a store: an immutable snapshot of its metadata. */
public sealed interface ZarrNode permits ZarrArray, ZarrGroup {

    Store store();

    /** The node's path in the store, "" for the root. */
    String path();

    int zarrFormat();

    ObjectNode attributes();

    /** The key of a file of this node, e.g. {@code key("zarr.json")}. */
    default String key(String name) {
        return path().isEmpty() ? name : path() + "/" + name;
    }
}
