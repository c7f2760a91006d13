package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zarrij.array.Json;

/**
 * A coordinate transformation: identity, scale or translation. A scale or translation gives its vector inline
 * ({@code "scale": [1.0, 0.5]}) or as binary data at a {@code path} in the container. Types this package does
 * not know are kept as {@link Other} so they are reported, and written back, as they were.
 */
public sealed interface CoordinateTransformation {

    /** The {@code type} field, or null when it is missing. */
    String type();

    ObjectNode extras();

    ObjectNode toJson();

    record Identity(ObjectNode extras) implements CoordinateTransformation {
        public Identity {
            extras = JsonOut.copy(extras);
        }

        @Override
        public String type() {
            return "identity";
        }

        @Override
        public ObjectNode extras() {
            return extras.deepCopy();
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.put("type", "identity");
            JsonOut.putExtras(o, extras);
            return o;
        }
    }

    /** A scale per axis (the pixel size at a resolution level), inline or at {@code path}. */
    record Scale(List<Number> scale, String path, ObjectNode extras) implements CoordinateTransformation {
        public Scale {
            scale = scale == null ? null : List.copyOf(scale);
            extras = JsonOut.copy(extras);
        }

        public static Scale of(double... values) {
            return new Scale(boxed(values), null, null);
        }

        @Override
        public String type() {
            return "scale";
        }

        @Override
        public ObjectNode extras() {
            return extras.deepCopy();
        }

        /** The inline vector as doubles, or null when it is given by a path. */
        public double[] values() {
            return doubles(scale);
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.put("type", "scale");
            JsonOut.putNumbers(o, "scale", scale);
            JsonOut.put(o, "path", path);
            JsonOut.putExtras(o, extras);
            return o;
        }
    }

    /** An offset per axis in physical units, inline or at {@code path}. */
    record Translation(List<Number> translation, String path, ObjectNode extras) implements CoordinateTransformation {
        public Translation {
            translation = translation == null ? null : List.copyOf(translation);
            extras = JsonOut.copy(extras);
        }

        public static Translation of(double... values) {
            return new Translation(boxed(values), null, null);
        }

        @Override
        public String type() {
            return "translation";
        }

        @Override
        public ObjectNode extras() {
            return extras.deepCopy();
        }

        public double[] values() {
            return doubles(translation);
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.put("type", "translation");
            JsonOut.putNumbers(o, "translation", translation);
            JsonOut.put(o, "path", path);
            JsonOut.putExtras(o, extras);
            return o;
        }
    }

    /** A transformation of a type 0.4 and 0.5 do not define (or without a type), kept verbatim. */
    record Other(String type, ObjectNode extras) implements CoordinateTransformation {
        public Other {
            extras = JsonOut.copy(extras);
        }

        @Override
        public ObjectNode extras() {
            return extras.deepCopy();
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = Json.object();
            JsonOut.put(o, "type", type);
            JsonOut.putExtras(o, extras);
            return o;
        }
    }

    static CoordinateTransformation parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a coordinate transformation");
        if (r == null) {
            return null;
        }
        String type = r.string("type", true);
        if (type == null) {
            return new Other(null, r.extras());
        }
        return switch (type) {
            case "identity" -> new Identity(r.extras());
            case "scale" -> {
                List<Number> v = r.numbers("scale", false);
                String path = r.string("path", false);
                yield new Scale(v, path, r.extras());
            }
            case "translation" -> {
                List<Number> v = r.numbers("translation", false);
                String path = r.string("path", false);
                yield new Translation(v, path, r.extras());
            }
            default -> {
                ctx.error(Rule.CT_TYPE, r.pointer("type"),
                        "expected \"identity\", \"scale\" or \"translation\", found \"" + type + "\"");
                yield new Other(type, r.extras());
            }
        };
    }

    private static List<Number> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().map(d -> (Number) d).toList();
    }

    private static double[] doubles(List<Number> values) {
        return values == null ? null : values.stream().mapToDouble(Number::doubleValue).toArray();
    }
}
