package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zarrij.ZarrException;
import org.zarrij.array.Json;
import org.zarrij.array.ZarrArray;
import org.zarrij.array.ZarrGroup;
import org.zarrij.array.ZarrNode;

/**
 * A short description of a group's OME-NGFF metadata for {@code zarr-ij info}: version, what the group is,
 * axes, levels with shapes and pixel sizes, channels and labels. Reads leniently; never fails on bad metadata.
 */
public final class NgffSummary {
    private NgffSummary() {
    }

    /** The summary of {@code group}, or empty when it holds no OME-NGFF metadata. */
    public static Optional<ObjectNode> of(ZarrGroup group) {
        Optional<NgffMetadata> read = NgffMetadata.read(group.attributes());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        NgffMetadata m = read.get();
        ObjectNode o = Json.object();
        o.put("version", m.version().text());
        ArrayNode kinds = o.putArray("kinds");
        kinds(m).forEach(kinds::add);
        if (m.multiscales() != null && !m.multiscales().isEmpty()) {
            o.set("multiscale", multiscale(group, m.multiscales().get(0)));
        }
        if (m.omero() != null && m.omero().channels() != null) {
            ArrayNode channels = o.putArray("channels");
            for (OmeroChannel c : m.omero().channels()) {
                ObjectNode ch = channels.addObject();
                ch.put("label", c.label());
                ch.put("color", c.color());
            }
        }
        labels(group, m).ifPresent(l -> o.set("labels", l));
        if (m.plate() != null) {
            o.put("wells", m.plate().wells() == null ? 0 : m.plate().wells().size());
        }
        if (m.well() != null) {
            o.put("fields", m.well().images() == null ? 0 : m.well().images().size());
        }
        return Optional.of(o);
    }

    private static List<String> kinds(NgffMetadata m) {
        List<String> kinds = new ArrayList<>();
        if (m.bioformats2rawLayout() != null) {
            kinds.add("bioformats2raw collection");
        }
        if (m.plate() != null) {
            kinds.add("plate");
        }
        if (m.well() != null) {
            kinds.add("well");
        }
        if (m.imageLabel() != null) {
            kinds.add("label image");
        } else if (m.multiscales() != null) {
            kinds.add("image");
        }
        if (m.labels() != null) {
            kinds.add("labels");
        }
        if (m.series() != null) {
            kinds.add("series");
        }
        return kinds;
    }

    private static ObjectNode multiscale(ZarrGroup group, Multiscale ms) {
        ObjectNode o = Json.object();
        if (ms.name() != null) {
            o.put("name", ms.name());
        }
        ArrayNode axes = o.putArray("axes");
        if (ms.axes() != null) {
            for (Axis a : ms.axes()) {
                ObjectNode ax = axes.addObject();
                ax.put("name", a.name());
                ax.put("type", a.type());
                ax.put("unit", a.unit());
            }
        }
        ArrayNode levels = o.putArray("levels");
        for (int i = 0; ms.datasets() != null && i < ms.datasets().size(); i++) {
            ObjectNode level = levels.addObject();
            String path = ms.datasets().get(i).path();
            level.put("path", path);
            array(group, path).ifPresent(a -> {
                ArrayNode shape = level.putArray("shape");
                for (long s : a.shape()) {
                    shape.add(s);
                }
                level.put("dtype", a.dataType().v3Name());
            });
            if (ms.axes() != null && ms.datasets().get(i).coordinateTransformations() != null) {
                ArrayNode scale = level.putArray("scale");
                for (double s : ms.pixelSize(i)) {
                    scale.add(s);
                }
            }
        }
        return o;
    }

    private static Optional<ZarrArray> array(ZarrGroup group, String path) {
        if (path == null || RelativePath.problem(path) != null) {
            return Optional.empty();
        }
        try {
            ZarrNode n = group.open(path);
            return n instanceof ZarrArray a ? Optional.of(a) : Optional.empty();
        } catch (ZarrException e) {
            return Optional.empty();
        }
    }

    /** The label names: of this labels group, or of the "labels" group below this image. */
    private static Optional<ArrayNode> labels(ZarrGroup group, NgffMetadata m) {
        List<String> names = m.labels();
        if (names == null) {
            try {
                ZarrNode n = group.open("labels");
                if (n instanceof ZarrGroup g) {
                    names = NgffMetadata.read(g.attributes()).map(NgffMetadata::labels).orElse(null);
                }
            } catch (ZarrException e) {
                names = null;
            }
        }
        if (names == null) {
            return Optional.empty();
        }
        ArrayNode a = Json.MAPPER.createArrayNode();
        names.forEach(a::add);
        return Optional.of(a);
    }

    /** The summary as lines of text, one fact per line. */
    public static List<String> lines(ObjectNode s) {
        List<String> lines = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        s.path("kinds").forEach(k -> kinds.add(k.asText()));
        lines.add("ome-ngff:    " + s.path("version").asText() + " " + String.join(", ", kinds));
        JsonNode ms = s.path("multiscale");
        if (ms.isObject()) {
            StringBuilder axes = new StringBuilder();
            for (JsonNode a : ms.path("axes")) {
                axes.append(axes.length() > 0 ? ", " : "").append(a.path("name").asText());
                if (a.hasNonNull("type")) {
                    axes.append(" (").append(a.path("type").asText())
                            .append(a.hasNonNull("unit") ? ", " + a.path("unit").asText() : "").append(')');
                }
            }
            lines.add("axes:        " + axes);
            for (JsonNode level : ms.path("levels")) {
                lines.add("level " + String.format("%-6s", level.path("path").asText() + ":") + shapeAndScale(level));
            }
        }
        if (s.has("channels")) {
            List<String> channels = new ArrayList<>();
            s.path("channels").forEach(c -> channels.add(c.hasNonNull("label") ? c.path("label").asText() : "?"));
            lines.add("channels:    " + String.join(", ", channels));
        }
        if (s.has("labels")) {
            List<String> labels = new ArrayList<>();
            s.path("labels").forEach(l -> labels.add(l.asText()));
            lines.add("labels:      " + (labels.isEmpty() ? "(none)" : String.join(", ", labels)));
        }
        if (s.has("wells")) {
            lines.add("wells:       " + s.path("wells").asInt());
        }
        if (s.has("fields")) {
            lines.add("fields:      " + s.path("fields").asInt());
        }
        return lines;
    }

    private static String shapeAndScale(JsonNode level) {
        StringBuilder sb = new StringBuilder();
        sb.append(level.has("shape") ? "shape " + level.path("shape") : "(no array)");
        if (level.has("dtype")) {
            sb.append(' ').append(level.path("dtype").asText());
        }
        if (level.has("scale")) {
            sb.append(", scale ").append(level.path("scale"));
        }
        return sb.toString();
    }
}
