package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zarrij.array.Json;

/**
 * The "well" metadata of a well group: its fields of view.
 *
 * @param version the 0.4 version of the well metadata; null in 0.5
 */
public record Well(List<WellImage> images, String version, ObjectNode extras) {

    public Well {
        images = images == null ? null : List.copyOf(images);
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    public Well withVersion(String newVersion) {
        return new Well(images, newVersion, extras);
    }

    static Well parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "well metadata");
        if (r == null) {
            return null;
        }
        List<WellImage> images = r.list("images", true, "a list of images", WellImage::parse);
        String version = r.string("version", false);
        return new Well(images, version, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.putList(o, "images", images, WellImage::toJson);
        JsonOut.put(o, "version", version);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
