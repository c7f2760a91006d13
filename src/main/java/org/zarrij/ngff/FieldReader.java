package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zarrij.array.Json;

/**
 * Reads the fields of one JSON object leniently, the way pydantic validates a model: every field is checked,
 * each problem is recorded with its pointer, and a field that is missing or has the wrong type reads as null.
 * Fields read successfully are "consumed"; everything else, including values of the wrong type, stays in
 * {@link #extras()} so that writing the model back loses nothing.
 */
final class FieldReader {
    private final ObjectNode node;
    private final String pointer;
    private final ParseContext ctx;
    private final Set<String> consumed = new HashSet<>();

    private FieldReader(ObjectNode node, String pointer, ParseContext ctx) {
        this.node = node;
        this.pointer = pointer;
        this.ctx = ctx;
    }

    /** A reader of {@code node}, or null after a TYPE finding when it is not an object ({@code what} names it). */
    static FieldReader of(JsonNode node, String pointer, ParseContext ctx, String what) {
        if (node instanceof ObjectNode o) {
            return new FieldReader(o, pointer, ctx);
        }
        ctx.error(Rule.TYPE, pointer, "expected " + what + " (a JSON object), found " + Json.kind(node));
        return null;
    }

    String pointer() {
        return pointer;
    }

    String pointer(String key) {
        return Pointer.child(pointer, key);
    }

    boolean has(String key) {
        return node.has(key);
    }

    JsonNode raw(String key) {
        return node.get(key);
    }

    ParseContext context() {
        return ctx;
    }

    /** Marks a field as represented by the model (so it is not repeated among the extras). */
    void consume(String key) {
        consumed.add(key);
    }

    private JsonNode present(String key, boolean required, String what) {
        JsonNode v = node.get(key);
        if (v == null && required) {
            ctx.error(Rule.REQUIRED, pointer(key), "expected field \"" + key + "\" (" + what + "), found nothing");
        }
        return v;
    }

    private void wrongType(String key, String what, String found) {
        ctx.error(Rule.TYPE, pointer(key), "expected " + what + ", found " + found);
    }

    String string(String key, boolean required) {
        JsonNode v = present(key, required, "a string");
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            wrongType(key, "a string", Json.kind(v));
            return null;
        }
        consumed.add(key);
        return v.textValue();
    }

    Long integer(String key, boolean required) {
        JsonNode v = present(key, required, "an integer");
        if (v == null) {
            return null;
        }
        Long i = JsonValues.integer(v);
        if (i == null) {
            wrongType(key, "an integer", JsonValues.foundInteger(v));
            return null;
        }
        consumed.add(key);
        return i;
    }

    Number number(String key, boolean required) {
        JsonNode v = present(key, required, "a number");
        if (v == null) {
            return null;
        }
        Number n = JsonValues.finite(v);
        if (n == null) {
            wrongType(key, "a finite number", JsonValues.foundNumber(v));
            return null;
        }
        consumed.add(key);
        return n;
    }

    Boolean bool(String key, boolean required) {
        JsonNode v = present(key, required, "true or false");
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            wrongType(key, "true or false", Json.kind(v));
            return null;
        }
        consumed.add(key);
        return v.booleanValue();
    }

    /** Any JSON object, kept as it is (e.g. multiscales metadata, whose content the specification leaves open). */
    ObjectNode object(String key, boolean required) {
        JsonNode v = present(key, required, "an object");
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            wrongType(key, "an object", Json.kind(v));
            return null;
        }
        consumed.add(key);
        return (ObjectNode) v.deepCopy();
    }

    List<Number> numbers(String key, boolean required) {
        return list(key, required, "a list of numbers", (item, p, c) -> {
            Number n = JsonValues.finite(item);
            if (n == null) {
                c.error(Rule.TYPE, p, "expected a finite number, found " + JsonValues.foundNumber(item));
            }
            return n;
        });
    }

    List<Long> integers(String key, boolean required) {
        return list(key, required, "a list of integers", (item, p, c) -> {
            Long n = JsonValues.integer(item);
            if (n == null) {
                c.error(Rule.TYPE, p, "expected an integer, found " + JsonValues.foundInteger(item));
            }
            return n;
        });
    }

    List<String> strings(String key, boolean required) {
        return list(key, required, "a list of strings", (item, p, c) -> {
            if (!item.isTextual()) {
                c.error(Rule.TYPE, p, "expected a string, found " + Json.kind(item));
                return null;
            }
            return item.textValue();
        });
    }

    /**
     * A list whose items {@code parser} reads. Every item is parsed (so every problem is found), but the field
     * reads as null, and stays among the extras, when any item could not be read: later rules then see only
     * well-formed lists, as pydantic runs model validators only on valid fields.
     */
    <T> List<T> list(String key, boolean required, String what, ParseContext.Parser<T> parser) {
        JsonNode v = present(key, required, what);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            wrongType(key, what, Json.kind(v));
            return null;
        }
        String p = pointer(key);
        List<T> items = new ArrayList<>(Math.min(v.size(), 1024));
        boolean complete = true;
        for (int i = 0; i < v.size(); i++) {
            T item = parser.parse(v.get(i), Pointer.index(p, i), ctx);
            if (item == null) {
                complete = false;
            } else if (complete) {
                items.add(item);
            }
        }
        if (!complete) {
            return null;
        }
        consumed.add(key);
        return List.copyOf(items);
    }

    /** A nested model object read by {@code parser}; null (and kept among the extras) when it cannot be read. */
    <T> T child(String key, boolean required, String what, ParseContext.Parser<T> parser) {
        JsonNode v = present(key, required, what);
        if (v == null) {
            return null;
        }
        T value = parser.parse(v, pointer(key), ctx);
        if (value != null) {
            consumed.add(key);
        }
        return value;
    }

    /** The fields not represented by the model, in document order. */
    ObjectNode extras() {
        ObjectNode out = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!consumed.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }
}
