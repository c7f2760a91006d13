package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writing model objects: fields in the order the specification shows them, absent (null) fields left out, then
 * the extras in the order they were read. A known field always wins over an extra of the same name.
 */
final class JsonOut {
    private JsonOut() {
    }

    static void put(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    static void put(ObjectNode o, String key, Number value) {
        if (value != null) {
            o.set(key, JsonValues.node(value));
        }
    }

    static void put(ObjectNode o, String key, Boolean value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    static void put(ObjectNode o, String key, JsonNode value) {
        if (value != null) {
            o.set(key, value.deepCopy());
        }
    }

    static void putNumbers(ObjectNode o, String key, List<? extends Number> values) {
        if (values != null) {
            ArrayNode a = o.putArray(key);
            values.forEach(v -> a.add(JsonValues.node(v)));
        }
    }

    static void putStrings(ObjectNode o, String key, List<String> values) {
        if (values != null) {
            ArrayNode a = o.putArray(key);
            values.forEach(a::add);
        }
    }

    static <T> void putList(ObjectNode o, String key, List<T> items, Function<T, JsonNode> writer) {
        if (items != null) {
            ArrayNode a = o.putArray(key);
            items.forEach(i -> a.add(writer.apply(i)));
        }
    }

    static void putExtras(ObjectNode o, ObjectNode extras) {
        if (extras == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = extras.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!o.has(e.getKey())) {
                o.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    /** A defensive copy of extras for a record: never null. */
    static ObjectNode copy(ObjectNode extras) {
        return extras == null ? org.zarrij.array.Json.object() : extras.deepCopy();
    }
}
