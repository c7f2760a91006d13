package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/**
 * Rendering defaults: the plane shown first and the color model.
 *
 * @param model "color" or "greyscale"
 */
public record OmeroRdefs(Long defaultT, Long defaultZ, String model, ObjectNode extras) {

    public OmeroRdefs {
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static OmeroRdefs parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "rendering defaults");
        if (r == null) {
            return null;
        }
        Long t = r.integer("defaultT", false);
        Long z = r.integer("defaultZ", false);
        String model = r.string("model", false);
        return new OmeroRdefs(t, z, model, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "defaultT", defaultT);
        JsonOut.put(o, "defaultZ", defaultZ);
        JsonOut.put(o, "model", model);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
