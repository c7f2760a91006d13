package org.zarrij.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.MetadataException;

/** Reads typed fields of a metadata document with messages of the form {@code key: /pointer: expected X, found Y}. */
final class MetadataReader {
    private static final long MAX_DIMENSION = 1L << 62;
    private final ObjectNode doc;
    private final String key;

    MetadataReader(ObjectNode doc, String key) {
        this.doc = doc;
        this.key = key;
    }

    String where(String pointer) {
        return key + ": " + pointer;
    }

    MetadataException error(String pointer, String expected, JsonNode found) {
        return new MetadataException(where(pointer) + ": expected " + expected + ", found " + Json.kind(found));
    }

    JsonNode get(String field) {
        return doc.get(field);
    }

    JsonNode required(String field) {
        JsonNode n = doc.get(field);
        if (n == null) {
            throw new MetadataException(where("/" + field) + ": required field is missing");
        }
        return n;
    }

    int integer(String field) {
        JsonNode n = required(field);
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw error("/" + field, "an integer", n);
        }
        return n.intValue();
    }

    String string(String field) {
        JsonNode n = required(field);
        if (!n.isTextual()) {
            throw error("/" + field, "a string", n);
        }
        return n.textValue();
    }

    long[] shape(String field) {
        JsonNode n = required(field);
        if (!n.isArray()) {
            throw error("/" + field, "an array of non-negative integers", n);
        }
        long[] s = new long[n.size()];
        long total = 1;
        for (int i = 0; i < s.length; i++) {
            JsonNode v = n.get(i);
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0 || v.longValue() > MAX_DIMENSION) {
                throw error("/" + field + "/" + i, "a non-negative integer", v);
            }
            s[i] = v.longValue();
            if (s[i] > 0 && total > Long.MAX_VALUE / s[i]) {
                throw new MetadataException(where("/" + field) + ": shape " + n + " has more than 2^63 elements");
            }
            total *= Math.max(1, s[i]);
        }
        return s;
    }

    int[] chunkShape(JsonNode n, String pointer, int rank, int itemSize) {
        if (n == null || !n.isArray()) {
            throw error(pointer, "an array of positive integers", n);
        }
        if (n.size() != rank) {
            throw new MetadataException(where(pointer) + ": expected " + rank + " chunk dimensions (one per shape"
                    + " dimension), found " + n.size());
        }
        int[] c = new int[rank];
        long bytes = itemSize;
        for (int i = 0; i < rank; i++) {
            JsonNode v = n.get(i);
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() <= 0) {
                throw error(pointer + "/" + i, "a positive integer", v);
            }
            c[i] = v.intValue();
            bytes *= c[i];
            if (bytes > Integer.MAX_VALUE - 64) {
                throw new MetadataException(where(pointer) + ": chunk shape " + n + " is too large (a chunk must"
                        + " hold less than 2 GiB)");
            }
        }
        return c;
    }
}
