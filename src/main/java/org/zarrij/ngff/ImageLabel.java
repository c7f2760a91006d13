package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zarrij.array.Json;

/**
 * The "image-label" metadata of a label image: display colors per label value, free-form properties per label
 * value, and the image it was derived from.
 *
 * @param version the 0.4 version of the image-label metadata; null in 0.5
 */
public record ImageLabel(String version, List<LabelColor> colors, List<LabelProperties> properties, LabelSource source,
                         ObjectNode extras) {

    public ImageLabel {
        colors = colors == null ? null : List.copyOf(colors);
        properties = properties == null ? null : List.copyOf(properties);
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    public ImageLabel withVersion(String newVersion) {
        return new ImageLabel(newVersion, colors, properties, source, extras);
    }

    static ImageLabel parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "image-label metadata");
        if (r == null) {
            return null;
        }
        String version = r.string("version", false);
        List<LabelColor> colors = r.list("colors", false, "a list of colors", LabelColor::parse);
        List<LabelProperties> properties = r.list("properties", false, "a list of label properties",
                LabelProperties::parse);
        LabelSource source = r.child("source", false, "a source", LabelSource::parse);
        return new ImageLabel(version, colors, properties, source, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "version", version);
        JsonOut.putList(o, "colors", colors, LabelColor::toJson);
        JsonOut.putList(o, "properties", properties, LabelProperties::toJson);
        if (source != null) {
            o.set("source", source.toJson());
        }
        JsonOut.putExtras(o, extras);
        return o;
    }
}
