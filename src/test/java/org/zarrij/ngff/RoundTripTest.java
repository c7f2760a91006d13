package org.zarrij.ngff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zarrij.array.Json;

/** Reading keeps everything, writing is deterministic, and models built in code write valid metadata. */
class RoundTripTest {

    static Stream<Arguments> documents() {
        List<Arguments> out = new ArrayList<>();
        for (String doc : List.of(Docs.IMAGE, Docs.LABEL, Docs.LABELS, Docs.PLATE, Docs.WELL, Docs.BF2RAW, Docs.SERIES)) {
            for (NgffVersion v : NgffVersion.values()) {
                out.add(Arguments.of(v, Docs.of(v, doc)));
            }
        }
        return out.stream();
    }

    private static JsonNode writeBack(JsonNode doc) {
        NgffMetadata m = NgffMetadata.read((ObjectNode) doc).orElseThrow();
        byte[] written = m.write();
        NgffMetadata again = NgffMetadata.read(Json.parseObject(written, "written")).orElseThrow();
        assertEquals(m, again);
        assertArrayEquals(written, again.write());
        return Json.parse(written, "written");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void unknownFieldsAtEveryLevelAreKept(NgffVersion v, ObjectNode doc) {
        List<ObjectNode> objects = new ArrayList<>();
        Docs.forEachPointer(doc, "", (p, n) -> {
            if (n instanceof ObjectNode o) {
                objects.add(o);
            }
        });
        int i = 0;
        for (ObjectNode o : objects) {
            o.put("x-unknown-" + i++, "kept");
            o.set("x-nested", Docs.json("{\"list\": [1.5, 2, {\"deep\": [null, true]}]}"));
        }
        assertEquals(doc, writeBack(doc));
    }

    /** Any field of the wrong type is reported by the validator, but reading and writing keep it as it was. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void valuesOfTheWrongTypeAreKeptVerbatim(NgffVersion v, ObjectNode doc) {
        List<String> pointers = new ArrayList<>();
        Docs.forEachPointer(doc, "", (p, n) -> pointers.add(p));
        for (String pointer : pointers) {
            if (pointer.isEmpty() || pointer.equals("/ome") || pointer.equals("/ome/version")) {
                continue; // the document itself, and 0.5's namespace and version, are not kept when wrong
            }
            ObjectNode broken = doc.deepCopy();
            Docs.set(broken, pointer, wrongValueFor(broken.at(pointer)));
            assertEquals(broken, writeBack(broken), "kept: " + pointer);
            if (!pointer.contains("/metadata/") && !pointer.matches(".*/properties/\\d+/(?!label-value).*")) {
                assertTrue(NgffValidator.validateAttributes(broken).issues().size() > 0, "reported: " + pointer);
            }
        }
    }

    private static String wrongValueFor(JsonNode n) {
        if (n.isTextual()) {
            return "7";
        }
        if (n.isNumber()) {
            return "\"seven\"";
        }
        if (n.isObject()) {
            return "[1, 2]";
        }
        if (n.isArray()) {
            return "{\"not\": \"a list\"}";
        }
        return "\"yes\"";
    }

    @Test
    void fieldsAreWrittenInTheSpecificationsOrder() {
        String shuffled = """
                {"multiscales": [{"metadata": {"b": 1, "a": 2}, "type": "gaussian",
                  "datasets": [{"coordinateTransformations": [{"scale": [1, 1], "type": "scale"}], "path": "0"}],
                  "axes": [{"unit": "micrometer", "type": "space", "name": "y"}, {"type": "space", "name": "x"}],
                  "name": "n", "version": "0.4"}]}
                """;
        NgffMetadata m = NgffMetadata.read(Docs.v04(shuffled)).orElseThrow();
        String written = new String(m.write(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertTrue(written.startsWith("{\"multiscales\":[{\"version\":\"0.4\",\"name\":\"n\",\"axes\":[{\"name\":\"y\","
                + "\"type\":\"space\",\"unit\":\"micrometer\"}"), written);
        assertTrue(written.contains("\"datasets\":[{\"path\":\"0\",\"coordinateTransformations\":[{\"type\":\"scale\","
                + "\"scale\":[1,1]}]}],\"type\":\"gaussian\",\"metadata\":{\"b\":1,\"a\":2}"), written);
        assertArrayEquals(m.write(), NgffMetadata.read(Docs.v04(shuffled)).orElseThrow().write());
    }

    @Test
    void numbersKeepTheirKind() {
        ObjectNode doc = Docs.v04(Docs.IMAGE);
        Docs.set(doc, "/multiscales/0/datasets/1/coordinateTransformations/0/scale", "[1, 1.0, 1e0, 10, 2.5e1]");
        String written = new String(NgffMetadata.read(doc).orElseThrow().write(), StandardCharsets.UTF_8);
        assertTrue(written.replaceAll("\\s+", "").contains("[1,1.0,1.0,10,25.0]"), written);
    }

    @Test
    void metadataBuiltInCodeIsValid() {
        Multiscale ms = new Multiscale(null, "built", List.of(Axis.of("c", "channel", null),
                Axis.of("y", "space", "micrometer"), Axis.of("x", "space", "micrometer")),
                List.of(Dataset.of("0", CoordinateTransformation.Scale.of(1, 0.25, 0.25)),
                        Dataset.of("1", CoordinateTransformation.Scale.of(1, 0.5, 0.5),
                                CoordinateTransformation.Translation.of(0, 0.125, 0.125))),
                null, "gaussian", Json.object().put("method", "zarr-ij"), null);
        Omero omero = new Omero(null, null, null, List.of(new OmeroChannel(true, 1.0, "FF0000", "linear", false, "red",
                OmeroWindow.of(0, 255, 0, 255), null)), null, null);
        NgffMetadata m = NgffMetadata.empty(NgffVersion.V0_5).withMultiscales(List.of(ms)).withOmero(omero);

        ObjectNode attributes = m.toAttributes();
        ValidationReport r = NgffValidator.validateAttributes(attributes);
        assertTrue(r.issues().isEmpty(), DocumentRulesTest.lines(r));
        assertEquals("0.5", attributes.at("/ome/version").asText());
        assertEquals("[1.0,0.25,0.25]", attributes.at("/ome/multiscales/0/datasets/0/coordinateTransformations/0/scale")
                .toString());
        assertEquals(m, NgffMetadata.read(attributes).orElseThrow());
        assertArrayEquals(new double[]{1, 0.5, 0.5}, m.multiscales().get(0).pixelSize(1));

        ObjectNode v04 = m.convertTo(NgffVersion.V0_4).toAttributes();
        assertEquals("0.4", v04.at("/multiscales/0/version").asText());
        assertTrue(NgffValidator.validateAttributes(v04).issues().isEmpty());
    }

    @Test
    void otherAttributesOfA05GroupStayOutsideOme() {
        ObjectNode doc = Docs.v05(Docs.WELL);
        doc.put("written_by", "someone");
        NgffMetadata m = NgffMetadata.read(doc).orElseThrow();
        assertEquals("someone", m.otherAttributes().get("written_by").asText());
        assertEquals(doc, m.toAttributes());
        assertTrue(NgffMetadata.read(Docs.v04("{\"other\": 1}")).isEmpty(), "no OME-NGFF metadata");
    }

    /** Any multiscale image with valid axes and growing pixel sizes is written valid and read back equal. */
    @Property(tries = 200)
    void generatedImagesAreValidAndRoundTrip(@ForAll @IntRange(min = 2, max = 3) int spaceAxes,
                                              @ForAll boolean time, @ForAll boolean channel,
                                              @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 0.01, max = 100)
                                                      Double> baseScales,
                                              @ForAll @IntRange(min = 1, max = 5) int levels,
                                              @ForAll boolean v05) {
        List<Axis> axes = new ArrayList<>();
        if (time) {
            axes.add(Axis.of("t", "time", "second"));
        }
        if (channel) {
            axes.add(Axis.of("c", "channel", null));
        }
        String[] names = spaceAxes == 3 ? new String[]{"z", "y", "x"} : new String[]{"y", "x"};
        for (String n : names) {
            axes.add(Axis.of(n, "space", "micrometer"));
        }
        List<Dataset> datasets = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            double[] scale = new double[axes.size()];
            for (int k = 0; k < scale.length; k++) {
                scale[k] = baseScales.get(k % baseScales.size()) * Math.pow(2, level);
            }
            datasets.add(Dataset.of(Integer.toString(level), CoordinateTransformation.Scale.of(scale)));
        }
        Multiscale ms = new Multiscale(v05 ? null : "0.4", "generated", axes, datasets, null, "gaussian",
                Json.object(), null);
        NgffMetadata m = NgffMetadata.empty(v05 ? NgffVersion.V0_5 : NgffVersion.V0_4).withMultiscales(List.of(ms));
        ValidationReport r = NgffValidator.validateAttributes(m.write());
        assertTrue(r.issues().isEmpty(), DocumentRulesTest.lines(r));
        assertEquals(m, NgffMetadata.read(Json.parseObject(m.write(), "generated")).orElseThrow());
    }
}
