package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/** Free-form properties of one label value, e.g. {@code {"label-value": 1, "class": "cell"}}: all in extras. */
public record LabelProperties(Long labelValue, ObjectNode extras) {

    public LabelProperties {
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static LabelProperties parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "label properties");
        if (r == null) {
            return null;
        }
        Long value = r.integer("label-value", true);
        return new LabelProperties(value, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "label-value", labelValue);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
