package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/**
 * One field of view of a well: the image group's path (alphanumeric) and the acquisition it belongs to.
 *
 * @param acquisition the id of one of the plate's acquisitions; required when the plate has several
 */
public record WellImage(Long acquisition, String path, ObjectNode extras) {

    public WellImage {
        extras = JsonOut.copy(extras);
    }

    public static WellImage of(Long acquisition, String path) {
        return new WellImage(acquisition, path, null);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static WellImage parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a well image");
        if (r == null) {
            return null;
        }
        Long acquisition = r.integer("acquisition", false);
        String path = r.string("path", true);
        return new WellImage(acquisition, path, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "acquisition", acquisition);
        JsonOut.put(o, "path", path);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
