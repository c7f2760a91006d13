package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zarrij.array.Json;

/**
 * The display color of one label value.
 *
 * @param rgba red, green, blue and alpha, each 0 to 255; null when absent
 */
public record LabelColor(Long labelValue, List<Long> rgba, ObjectNode extras) {

    public LabelColor {
        rgba = rgba == null ? null : List.copyOf(rgba);
        extras = JsonOut.copy(extras);
    }

    public static LabelColor of(long labelValue, int r, int g, int b, int a) {
        return new LabelColor(labelValue, List.of((long) r, (long) g, (long) b, (long) a), null);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static LabelColor parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a label color");
        if (r == null) {
            return null;
        }
        Long value = r.integer("label-value", true);
        List<Long> rgba = r.integers("rgba", false);
        return new LabelColor(value, rgba, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "label-value", labelValue);
        JsonOut.putNumbers(o, "rgba", rgba);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
