package org.zarrij.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.MetadataException;
import org.zarrij.UnknownExtensionException;

/**
 * How chunk grid coordinates become store keys (relative to the array's folder).
 * {@code default}: {@code c/0/1} (or {@code c.0.1}); {@code v2}: {@code 0.1} (or {@code 0/1}).
 */
public record ChunkKeyEncoding(Kind kind, char separator) {

    public enum Kind { DEFAULT, V2 }

    public ChunkKeyEncoding {
        if (separator != '/' && separator != '.') {
            throw new MetadataException("chunk key separator must be '/' or '.', found '" + separator + "'");
        }
    }

    public static ChunkKeyEncoding defaultEncoding(char separator) {
        return new ChunkKeyEncoding(Kind.DEFAULT, separator);
    }

    public static ChunkKeyEncoding v2(char separator) {
        return new ChunkKeyEncoding(Kind.V2, separator);
    }

    /** The key of the chunk at {@code coords}, relative to the array. */
    public String key(long[] coords) {
        StringBuilder sb = new StringBuilder(8 + coords.length * 4);
        if (kind == Kind.DEFAULT) {
            sb.append('c');
            for (long c : coords) {
                sb.append(separator).append(c);
            }
        } else if (coords.length == 0) {
            sb.append('0');
        } else {
            for (int i = 0; i < coords.length; i++) {
                if (i > 0) {
                    sb.append(separator);
                }
                sb.append(coords[i]);
            }
        }
        return sb.toString();
    }

    static ChunkKeyEncoding fromV3(JsonNode n, MetadataReader r) {
        String name;
        JsonNode config = null;
        if (n == null) {
            throw new MetadataException(r.where("/chunk_key_encoding") + ": required field is missing");
        }
        if (n.isTextual()) {
            name = n.textValue();
        } else if (n.isObject() && n.path("name").isTextual()) {
            name = n.get("name").textValue();
            config = n.get("configuration");
        } else {
            throw r.error("/chunk_key_encoding", "an object with a \"name\"", n);
        }
        Kind kind = switch (name) {
            case "default" -> Kind.DEFAULT;
            case "v2" -> Kind.V2;
            default -> throw new UnknownExtensionException(r.where("/chunk_key_encoding/name")
                    + ": unknown chunk key encoding \"" + name + "\" (known: default, v2)");
        };
        char sep = kind == Kind.DEFAULT ? '/' : '.';
        if (config != null && config.has("separator")) {
            JsonNode s = config.get("separator");
            if (!s.isTextual() || !(s.textValue().equals("/") || s.textValue().equals("."))) {
                throw r.error("/chunk_key_encoding/configuration/separator", "\"/\" or \".\"", s);
            }
            sep = s.textValue().charAt(0);
        }
        return new ChunkKeyEncoding(kind, sep);
    }

    ObjectNode toV3Json() {
        ObjectNode o = Json.object();
        o.put("name", kind == Kind.DEFAULT ? "default" : "v2");
        o.putObject("configuration").put("separator", String.valueOf(separator));
        return o;
    }
}
