package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/** One row of a plate, named by an alphanumeric, case-sensitive, unique name. */
public record PlateRow(String name, ObjectNode extras) {

    public PlateRow {
        extras = JsonOut.copy(extras);
    }

    public static PlateRow of(String name) {
        return new PlateRow(name, null);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static PlateRow parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a plate row");
        if (r == null) {
            return null;
        }
        return new PlateRow(r.string("name", true), r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "name", name);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
