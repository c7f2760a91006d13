package org.zarrij.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zarrij.store.Store;

/**
 * Where metadata documents come from: the store itself, or consolidated metadata (.zmetadata) read once,
 * so opening a large hierarchy over a slow store does not cost a request per node. As in zarr-python, the
 * consolidated document is authoritative: a metadata key it lacks is missing.
 */
abstract class MetadataSource {
    static final String CONSOLIDATED_KEY = ".zmetadata";

    abstract Optional<byte[]> get(String key);

    /**
     * Names directly below {@code path} that may be nodes. Without consolidated metadata this lists the store;
     * a store that cannot list (HTTP) gives no names (see {@link #canListChildren()}).
     */
    abstract Iterable<String> childNames(String path);

    /** False when {@link #childNames} cannot know the children: a store that cannot list, no consolidated metadata. */
    abstract boolean canListChildren();

    static MetadataSource direct(Store store) {
        return new Direct(store, Map.of());
    }

    /**
     * The consolidated metadata at {@code rootPath} if it has any (zarr-python 3's {@code consolidated_metadata}
     * inside a v3 group's zarr.json, or v2's {@code .zmetadata}), else the store itself. The root document
     * fetched here is not fetched again.
     */
    static MetadataSource forRoot(Store store, String rootPath) {
        String prefix = rootPath.isEmpty() ? "" : rootPath + "/";
        String v3Key = prefix + V3Metadata.KEY;
        Optional<byte[]> v3 = store.get(v3Key);
        if (v3.isPresent()) {
            ObjectNode root = Json.parseObject(v3.get(), v3Key);
            JsonNode meta = root.path("consolidated_metadata").path("metadata");
            if (!meta.isObject()) {
                return new Direct(store, Map.of(v3Key, v3.get()));
            }
            Map<String, byte[]> docs = new TreeMap<>();
            docs.put(v3Key, v3.get());
            for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                docs.put(prefix + e.getKey() + "/" + V3Metadata.KEY, Json.write(e.getValue()));
            }
            return new Consolidated(store, docs);
        }
        String key = prefix + CONSOLIDATED_KEY;
        Optional<byte[]> doc = store.get(key);
        if (doc.isEmpty()) {
            return new Direct(store, Map.of());
        }
        ObjectNode root = Json.parseObject(doc.get(), key);
        JsonNode meta = root.get("metadata");
        if (meta == null || !meta.isObject()) {
            throw new org.zarrij.MetadataException(key + ": /metadata: expected an object of metadata documents");
        }
        Map<String, byte[]> docs = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            docs.put(prefix + e.getKey(), Json.write(e.getValue()));
        }
        return new Consolidated(store, docs);
    }

    boolean nodeExists(String path, int zarrFormat) {
        String prefix = path.isEmpty() ? "" : path + "/";
        if (zarrFormat == 3) {
            return get(prefix + V3Metadata.KEY).isPresent();
        }
        return get(prefix + V2Metadata.ARRAY_KEY).isPresent() || get(prefix + V2Metadata.GROUP_KEY).isPresent();
    }

    private static final class Direct extends MetadataSource {
        private final Store store;
        /** Documents already fetched while looking for consolidated metadata. */
        private final Map<String, byte[]> fetched;

        Direct(Store store, Map<String, byte[]> fetched) {
            this.store = store;
            this.fetched = fetched;
        }

        @Override
        Optional<byte[]> get(String key) {
            byte[] d = fetched.get(key);
            return d != null ? Optional.of(d.clone()) : store.get(key);
        }

        @Override
        Iterable<String> childNames(String path) {
            return canListChildren() ? store.listChildren(path) : java.util.List.of();
        }

        @Override
        boolean canListChildren() {
            return store.capabilities().listable();
        }
    }

    private static final class Consolidated extends MetadataSource {
        private final Store store;
        private final Map<String, byte[]> docs;

        Consolidated(Store store, Map<String, byte[]> docs) {
            this.store = store;
            this.docs = docs;
        }

        @Override
        Optional<byte[]> get(String key) {
            byte[] d = docs.get(key);
            return d != null ? Optional.of(d.clone()) : Optional.empty();
        }

        @Override
        Iterable<String> childNames(String path) {
            TreeSet<String> names = new TreeSet<>();
            String prefix = path.isEmpty() ? "" : path + "/";
            for (String k : docs.keySet()) {
                if (k.startsWith(prefix)) {
                    String rest = k.substring(prefix.length());
                    int slash = rest.indexOf('/');
                    if (slash > 0) {
                        names.add(rest.substring(0, slash));
                    }
                }
            }
            return names;
        }

        @Override
        boolean canListChildren() {
            return true;
        }
    }
}
