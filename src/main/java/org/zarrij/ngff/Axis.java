package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/**
 * One dimension of an image: {@code {"name": "x", "type": "space", "unit": "micrometer"}}.
 *
 * @param type space, time, channel, another (custom) string, or null when absent
 */
public record Axis(String name, String type, String unit, ObjectNode extras) {

    /** How the specification counts an axis when it checks the number and order of axes. */
    public enum Kind {
        SPACE,
        TIME,
        CHANNEL,
        /** A custom type, or no type at all: counted with channel axes. */
        CUSTOM;

        /** Position in the required order: time, then channel or custom, then space. */
        int order() {
            return switch (this) {
                case TIME -> 0;
                case CHANNEL, CUSTOM -> 1;
                case SPACE -> 2;
            };
        }
    }

    public Axis {
        extras = JsonOut.copy(extras);
    }

    public static Axis of(String name, String type, String unit) {
        return new Axis(name, type, unit, null);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    public Kind kind() {
        if (type == null) {
            return Kind.CUSTOM;
        }
        return switch (type) {
            case "space" -> Kind.SPACE;
            case "time" -> Kind.TIME;
            case "channel" -> Kind.CHANNEL;
            default -> Kind.CUSTOM;
        };
    }

    static Axis parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "an axis");
        if (r == null) {
            return null;
        }
        String name = r.string("name", true);
        // "type" MAY be null (an untyped axis): JSON null reads as absent and is kept as it was.
        String type = r.raw("type") != null && r.raw("type").isNull() ? null : r.string("type", false);
        String unit = r.string("unit", false);
        return new Axis(name, type, unit, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "name", name);
        JsonOut.put(o, "type", type);
        JsonOut.put(o, "unit", unit);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
