package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.zarrij.array.Json;

/**
 * Valid OME-NGFF documents of every kind (no errors, no warnings) in 0.4 form, their 0.5 form, and edits at
 * JSON pointers, so that a test can break exactly one rule.
 */
final class Docs {
    private Docs() {
    }

    static final String IMAGE = """
            {"multiscales": [{
              "version": "0.4", "name": "example",
              "axes": [
                {"name": "t", "type": "time", "unit": "millisecond"},
                {"name": "c", "type": "channel"},
                {"name": "z", "type": "space", "unit": "micrometer"},
                {"name": "y", "type": "space", "unit": "micrometer"},
                {"name": "x", "type": "space", "unit": "micrometer"}],
              "datasets": [
                {"path": "0", "coordinateTransformations": [
                  {"type": "scale", "scale": [1.0, 1.0, 0.5, 0.5, 0.5]},
                  {"type": "translation", "translation": [0, 0, 1.5, 0, 0]}]},
                {"path": "1", "coordinateTransformations": [{"type": "scale", "scale": [1.0, 1.0, 1.0, 1.0, 1.0]}]}],
              "coordinateTransformations": [{"type": "scale", "scale": [0.1, 1.0, 1.0, 1.0, 1.0]}],
              "type": "gaussian",
              "metadata": {"method": "skimage.transform.pyramid_gaussian", "version": "0.16.1"}}],
             "omero": {"id": 1, "name": "example.tif", "version": "0.4",
              "channels": [
                {"active": true, "coefficient": 1, "color": "0000FF", "family": "linear", "inverted": false,
                 "label": "DAPI", "window": {"end": 1500, "max": 65535, "min": 0, "start": 0}},
                {"active": true, "coefficient": 1, "color": "00FF00", "family": "linear", "inverted": false,
                 "label": "GFP", "window": {"end": 800, "max": 65535, "min": 0, "start": 10}}],
              "rdefs": {"defaultT": 0, "defaultZ": 1, "model": "color"}}}
            """;

    static final String LABEL = """
            {"multiscales": [{"version": "0.4", "name": "cells",
              "axes": [{"name": "y", "type": "space", "unit": "micrometer"},
                       {"name": "x", "type": "space", "unit": "micrometer"}],
              "datasets": [{"path": "0", "coordinateTransformations": [{"type": "scale", "scale": [0.5, 0.5]}]}],
              "type": "nearest", "metadata": {"method": "subsample"}}],
             "image-label": {"version": "0.4",
              "colors": [{"label-value": 0, "rgba": [0, 0, 128, 128]}, {"label-value": 1, "rgba": [0, 128, 0, 128]}],
              "properties": [{"label-value": 0, "class": "background"}, {"label-value": 1, "class": "cell"}],
              "source": {"image": "../../"}}}
            """;

    static final String LABELS = """
            {"labels": ["cells", "nuclei"]}
            """;

    static final String PLATE = """
            {"plate": {
              "acquisitions": [{"id": 0, "maximumfieldcount": 2, "name": "first", "description": "one",
                                "starttime": 1343731272000, "endtime": 1343735801000}],
              "columns": [{"name": "1"}, {"name": "2"}],
              "field_count": 2, "name": "test plate",
              "rows": [{"name": "A"}, {"name": "B"}],
              "version": "0.4",
              "wells": [{"path": "A/1", "rowIndex": 0, "columnIndex": 0}, {"path": "B/2", "rowIndex": 1, "columnIndex": 1}]}}
            """;

    static final String WELL = """
            {"well": {"images": [{"acquisition": 0, "path": "0"}, {"acquisition": 0, "path": "1"}], "version": "0.4"}}
            """;

    static final String BF2RAW = """
            {"bioformats2raw.layout": 3}
            """;

    static final String SERIES = """
            {"series": ["0", "1"]}
            """;

    static ObjectNode v04(String doc) {
        return Json.parseObject(doc.getBytes(StandardCharsets.UTF_8), "test document");
    }

    /** The 0.5 form of a 0.4 document: per-object versions dropped, everything under "ome" with version 0.5. */
    static ObjectNode v05(String doc) {
        ObjectNode inner = v04(doc);
        for (String key : new String[]{"image-label", "plate", "well"}) {
            if (inner.get(key) instanceof ObjectNode o) {
                o.remove("version");
            }
        }
        if (inner.get("multiscales") instanceof ArrayNode ms) {
            ms.forEach(m -> ((ObjectNode) m).remove("version"));
        }
        if (inner.get("omero") instanceof ObjectNode o) {
            o.remove("version");
        }
        ObjectNode ome = Json.object();
        ome.put("version", "0.5");
        ome.setAll(inner);
        ObjectNode root = Json.object();
        root.set("ome", ome);
        return root;
    }

    static ObjectNode of(NgffVersion v, String doc) {
        return v == NgffVersion.V0_4 ? v04(doc) : v05(doc);
    }

    /** The object holding the OME-NGFF keys: the document in 0.4, its "ome" member in 0.5. */
    static ObjectNode inner(ObjectNode doc) {
        return doc.has("ome") ? (ObjectNode) doc.get("ome") : doc;
    }

    static JsonNode json(String value) {
        return Json.parse(value.getBytes(StandardCharsets.UTF_8), "value");
    }

    /** Sets the value at {@code pointer} (its parent must exist; "-" appends to an array). */
    static void set(ObjectNode doc, String pointer, String jsonValue) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        JsonNode value = json(jsonValue);
        if (parent instanceof ArrayNode a) {
            if (last.equals("-")) {
                a.add(value);
            } else {
                a.set(Integer.parseInt(last), value);
            }
        } else if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else {
            throw new IllegalArgumentException("no container at " + pointer);
        }
    }

    static void remove(ObjectNode doc, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode a) {
            a.remove(Integer.parseInt(last));
        } else if (parent instanceof ObjectNode o) {
            if (o.remove(last) == null) {
                throw new IllegalArgumentException("nothing at " + pointer);
            }
        } else {
            throw new IllegalArgumentException("no container at " + pointer);
        }
    }

    /** Every value of a document, depth first: for "wrong types everywhere" tests. */
    static void forEachPointer(JsonNode node, String at, java.util.function.BiConsumer<String, JsonNode> visit) {
        visit.accept(at, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                forEachPointer(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachPointer(node.get(i), at + "/" + i, visit);
            }
        }
    }
}
