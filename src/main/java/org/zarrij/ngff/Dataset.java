package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zarrij.array.Json;

/** One resolution level of a multiscale image: the array's path (relative to the group) and its transformations. */
public record Dataset(String path, List<CoordinateTransformation> coordinateTransformations, ObjectNode extras) {

    public Dataset {
        coordinateTransformations = coordinateTransformations == null ? null : List.copyOf(coordinateTransformations);
        extras = JsonOut.copy(extras);
    }

    public static Dataset of(String path, CoordinateTransformation... transformations) {
        return new Dataset(path, List.of(transformations), null);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    static Dataset parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a dataset");
        if (r == null) {
            return null;
        }
        String path = r.string("path", true);
        List<CoordinateTransformation> cts = r.list("coordinateTransformations", true,
                "a list of coordinate transformations", CoordinateTransformation::parse);
        return new Dataset(path, cts, r.extras());
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "path", path);
        JsonOut.putList(o, "coordinateTransformations", coordinateTransformations, CoordinateTransformation::toJson);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
