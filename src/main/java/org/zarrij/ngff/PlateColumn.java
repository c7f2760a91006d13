package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/** One column of a plate, named by an alphanumeric, case-sensitive, unique name. */
public record PlateColumn(String name, ObjectNode extras) {

    public PlateColumn {
        extras = JsonOut.copy(extras);
    }

    public static PlateColumn of(String name) {
        return new PlateColumn(name, null);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static PlateColumn parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a plate column");
        if (r == null) {
            return null;
        }
        return new PlateColumn(r.string("name", true), r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "name", name);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
