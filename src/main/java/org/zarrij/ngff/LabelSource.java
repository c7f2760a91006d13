package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/**
 * Where a label image comes from.
 *
 * @param image the relative path from the label group to its image group; readers assume "../../" when absent
 */
public record LabelSource(String image, ObjectNode extras) {
    public static final String DEFAULT_IMAGE = "../../";

    public LabelSource {
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static LabelSource parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a label source");
        if (r == null) {
            return null;
        }
        return new LabelSource(r.string("image", false), r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "image", image);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
