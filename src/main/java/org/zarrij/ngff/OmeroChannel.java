package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/**
 * How one channel is rendered. 0.4 requires {@code color} and {@code window} (its schema does), 0.5 makes
 * every field optional.
 *
 * @param color RRGGBB as six hex digits, e.g. "0000FF"
 */
public record OmeroChannel(Boolean active, Number coefficient, String color, String family, Boolean inverted,
                           String label, OmeroWindow window, ObjectNode extras) {

    public OmeroChannel {
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static OmeroChannel parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a channel");
        if (r == null) {
            return null;
        }
        boolean v04 = ctx.version() == NgffVersion.V0_4;
        Boolean active = r.bool("active", false);
        Number coefficient = r.number("coefficient", false);
        String color = r.string("color", v04);
        String family = r.string("family", false);
        Boolean inverted = r.bool("inverted", false);
        String label = r.string("label", false);
        OmeroWindow window = r.child("window", v04, "a window", OmeroWindow::parse);
        return new OmeroChannel(active, coefficient, color, family, inverted, label, window, r.extras());
    }

    /** Fields in the order of the specification's example (alphabetical). */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "active", active);
        JsonOut.put(o, "coefficient", coefficient);
        JsonOut.put(o, "color", color);
        JsonOut.put(o, "family", family);
        JsonOut.put(o, "inverted", inverted);
        JsonOut.put(o, "label", label);
        if (window != null) {
            o.set("window", window.toJson());
        }
        JsonOut.putExtras(o, extras);
        return o;
    }
}
