package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/**
 * A well of a plate: its group's path ("row/column") and the 0-based indices of its row and column.
 */
public record PlateWell(String path, Long rowIndex, Long columnIndex, ObjectNode extras) {

    public PlateWell {
        extras = JsonOut.copy(extras);
    }

    public static PlateWell of(String path, long rowIndex, long columnIndex) {
        return new PlateWell(path, rowIndex, columnIndex, null);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static PlateWell parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a well");
        if (r == null) {
            return null;
        }
        String path = r.string("path", true);
        Long row = r.integer("rowIndex", true);
        Long column = r.integer("columnIndex", true);
        return new PlateWell(path, row, column, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "path", path);
        JsonOut.put(o, "rowIndex", rowIndex);
        JsonOut.put(o, "columnIndex", columnIndex);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
