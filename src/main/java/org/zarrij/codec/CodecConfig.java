package org.zarrij.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.zarrij.MetadataException;

/**
 * Reads fields of a codec configuration with messages that name the field and what was expected,
 * e.g. {@code a/zarr.json: /codecs/1/configuration/level: expected an integer 0..9, found 12}.
 */
public final class CodecConfig {
    private final JsonNode node;
    private final CodecContext context;

    public CodecConfig(JsonNode configuration, CodecContext context) {
        this.node = configuration == null || configuration.isMissingNode() || configuration.isNull()
                ? JsonNodeFactory.instance.objectNode() : configuration;
        this.context = context;
        if (!node.isObject()) {
            throw new MetadataException(context.where() + ": expected a configuration object, found " + node);
        }
    }

    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    public int integer(String field, int min, int max, Integer defaultValue) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (defaultValue == null) {
                throw new MetadataException(context.at(field) + ": required integer " + min + ".." + max
                        + " is missing");
            }
            return defaultValue;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw new MetadataException(context.at(field) + ": expected an integer " + min + ".." + max
                    + ", found " + v);
        }
        return v.asInt();
    }

    public String string(String field, String defaultValue, String... allowed) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (defaultValue == null) {
                throw new MetadataException(context.at(field) + ": required field is missing"
                        + (allowed.length > 0 ? " (one of " + Arrays.toString(allowed) + ")" : ""));
            }
            return defaultValue;
        }
        if (!v.isTextual()) {
            throw new MetadataException(context.at(field) + ": expected a string, found " + v);
        }
        String s = v.textValue();
        if (allowed.length > 0 && !List.of(allowed).contains(s)) {
            throw new MetadataException(context.at(field) + ": expected one of " + Arrays.toString(allowed)
                    + ", found \"" + s + "\"");
        }
        return s;
    }

    public boolean bool(String field, Boolean defaultValue) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (defaultValue == null) {
                throw new MetadataException(context.at(field) + ": required boolean is missing");
            }
            return defaultValue;
        }
        if (!v.isBoolean()) {
            throw new MetadataException(context.at(field) + ": expected true or false, found " + v);
        }
        return v.booleanValue();
    }

    public JsonNode raw(String field) {
        return node.get(field);
    }

    public CodecContext context() {
        return context;
    }

    /** A v3 codec metadata object {@code {"name": name, "configuration": configuration}}. */
    public static ObjectNode v3(String name, ObjectNode configuration) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", name);
        if (configuration != null) {
            o.set("configuration", configuration);
        }
        return o;
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
