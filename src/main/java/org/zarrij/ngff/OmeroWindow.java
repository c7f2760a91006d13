package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/** A channel's display window: shown from start to end, within the data range min to max. All four required. */
public record OmeroWindow(Number start, Number end, Number min, Number max, ObjectNode extras) {

    public OmeroWindow {
        extras = JsonOut.copy(extras);
    }

    public static OmeroWindow of(double start, double end, double min, double max) {
        return new OmeroWindow(start, end, min, max, null);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static OmeroWindow parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a window");
        if (r == null) {
            return null;
        }
        Number end = r.number("end", true);
        Number max = r.number("max", true);
        Number min = r.number("min", true);
        Number start = r.number("start", true);
        return new OmeroWindow(start, end, min, max, r.extras());
    }

    /** Fields in the order of the specification's example: end, max, min, start. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "end", end);
        JsonOut.put(o, "max", max);
        JsonOut.put(o, "min", min);
        JsonOut.put(o, "start", start);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
