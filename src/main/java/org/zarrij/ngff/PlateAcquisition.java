package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/**
 * One acquisition of a plate, which well images refer to by id.
 *
 * @param starttime epoch timestamp (integer)
 * @param endtime   epoch timestamp (integer)
 */
public record PlateAcquisition(Long id, Long maximumfieldcount, String name, String description, Long starttime,
                               Long endtime, ObjectNode extras) {

    public PlateAcquisition {
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static PlateAcquisition parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "an acquisition");
        if (r == null) {
            return null;
        }
        Long id = r.integer("id", true);
        Long max = r.integer("maximumfieldcount", false);
        String name = r.string("name", false);
        String description = r.string("description", false);
        Long start = r.integer("starttime", false);
        Long end = r.integer("endtime", false);
        return new PlateAcquisition(id, max, name, description, start, end, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "id", id);
        JsonOut.put(o, "maximumfieldcount", maximumfieldcount);
        JsonOut.put(o, "name", name);
        JsonOut.put(o, "description", description);
        JsonOut.put(o, "starttime", starttime);
        JsonOut.put(o, "endtime", endtime);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
