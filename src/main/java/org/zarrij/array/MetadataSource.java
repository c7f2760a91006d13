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

    /** Names directly below {@code path} that may be nodes. */
    abstract Iterable<String> childNames(String path);

    static MetadataSource direct(Store store) {
        return new Direct(store);
    }

    /** The consolidated metadata at {@code rootPath} if it has any, else the store itself. */
    static MetadataSource forRoot(Store store, String rootPath) {
        String key = rootPath.isEmpty() ? CONSOLIDATED_KEY : rootPath + "/" + CONSOLIDATED_KEY;
        Optional<byte[]> doc = store.get(key);
        if (doc.isEmpty()) {
            return direct(store);
        }
        ObjectNode root = Json.parseObject(doc.get(), key);
        JsonNode meta = root.get("metadata");
        if (meta == null || !meta.isObject()) {
            throw new org.zarrij.MetadataException(key + ": /metadata: expected an object of metadata documents");
        }
        Map<String, byte[]> docs = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = rootPath.isEmpty() ? e.getKey() : rootPath + "/" + e.getKey();
            docs.put(k, Json.write(e.getValue()));
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

        Direct(Store store) {
            this.store = store;
        }

        @Override
        Optional<byte[]> get(String key) {
            return store.get(key);
        }

        @Override
        Iterable<String> childNames(String path) {
            return store.listChildren(path);
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
    }
}
