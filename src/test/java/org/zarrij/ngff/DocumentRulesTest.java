package org.zarrij.ngff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zarrij.ngff.Docs.remove;
import static org.zarrij.ngff.Docs.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every document rule, a valid document edited to break that rule (and, where the specification allows it,
 * only that rule), rejected (or warned about) at the right JSON pointer, in 0.4 and in 0.5.
 */
class DocumentRulesTest {

    /** One broken document: which base, what edit, which rule at which pointer (relative to the OME-NGFF keys). */
    record Case(Rule rule, String base, String pointer, Consumer<ObjectNode> edit, Set<NgffVersion> versions,
                Set<Rule> alsoAllowed, boolean editRoot) {
        Case only(NgffVersion v) {
            return new Case(rule, base, pointer, edit, EnumSet.of(v), alsoAllowed, editRoot);
        }

        Case also(Rule first, Rule... more) {
            return new Case(rule, base, pointer, edit, versions, EnumSet.of(first, more), editRoot);
        }

        /** The edit and the pointer apply to the whole document, not to the object holding the OME-NGFF keys. */
        Case atRoot() {
            return new Case(rule, base, pointer, edit, versions, alsoAllowed, true);
        }

        @Override
        public String toString() {
            return rule.id() + " at " + pointer;
        }
    }

    static Case c(Rule rule, String base, String pointer, Consumer<ObjectNode> edit) {
        return new Case(rule, base, pointer, edit, EnumSet.allOf(NgffVersion.class), Set.of(), false);
    }

    static final String MS = "/multiscales/0";
    static final String AXES = MS + "/axes";
    static final String DS = MS + "/datasets";

    static List<Case> cases() {
        List<Case> l = new ArrayList<>();
        l.add(c(Rule.TYPE, Docs.IMAGE, MS + "/name", d -> set(d, MS + "/name", "5")));
        l.add(c(Rule.TYPE, Docs.IMAGE, "/omero/channels/0/window/end", d -> set(d, "/omero/channels/0/window/end", "\"100\"")));
        l.add(c(Rule.TYPE, Docs.IMAGE, DS + "/0/path", d -> set(d, DS + "/0/path", "0")));
        l.add(c(Rule.TYPE, Docs.WELL, "/well/images/0/acquisition", d -> set(d, "/well/images/0/acquisition", "\"0\"")));
        l.add(c(Rule.TYPE, Docs.PLATE, "/plate/acquisitions/0/starttime",
                d -> set(d, "/plate/acquisitions/0/starttime", "\"2022-05-13T13:48:06+00:00\"")));
        l.add(c(Rule.TYPE, Docs.LABEL, "/image-label/colors/0/label-value", d -> set(d, "/image-label/colors/0/label-value", "1.5")));
        l.add(c(Rule.REQUIRED, Docs.IMAGE, AXES + "/0/name", d -> remove(d, AXES + "/0/name")));
        l.add(c(Rule.REQUIRED, Docs.IMAGE, DS + "/1/coordinateTransformations",
                d -> remove(d, DS + "/1/coordinateTransformations")));
        l.add(c(Rule.REQUIRED, Docs.PLATE, "/plate/rows", d -> remove(d, "/plate/rows")).also(Rule.PLATE_WELL_PATH_MATCH));
        l.add(c(Rule.REQUIRED, Docs.WELL, "/well/images/0/path", d -> remove(d, "/well/images/0/path")));
        l.add(c(Rule.RANGE, Docs.PLATE, "/plate/field_count", d -> set(d, "/plate/field_count", "0")));
        l.add(c(Rule.RANGE, Docs.PLATE, "/plate/acquisitions/0/id", d -> set(d, "/plate/acquisitions/0/id", "-1")));
        l.add(c(Rule.RANGE, Docs.PLATE, "/plate/acquisitions/0/maximumfieldcount",
                d -> set(d, "/plate/acquisitions/0/maximumfieldcount", "0")));
        l.add(c(Rule.RANGE, Docs.PLATE, "/plate/acquisitions/0/endtime", d -> set(d, "/plate/acquisitions/0/endtime", "-1")));
        l.add(c(Rule.RANGE, Docs.PLATE, "/plate/wells/0/rowIndex", d -> set(d, "/plate/wells/0/rowIndex", "-1")));
        l.add(c(Rule.NGFF_NONE, Docs.SERIES, "", d -> remove(d, "/series")));
        // versions
        l.add(c(Rule.VERSION_SUPPORTED, Docs.IMAGE, MS + "/version", d -> set(d, MS + "/version", "\"0.3\""))
                .only(NgffVersion.V0_4));
        l.add(c(Rule.VERSION_SUPPORTED, Docs.WELL, "/well/version", d -> set(d, "/well/version", "\"foo\""))
                .only(NgffVersion.V0_4));
        l.add(c(Rule.VERSION_SUPPORTED, Docs.IMAGE, "/version", d -> set(d, "/version", "\"0.6\"")).only(NgffVersion.V0_5));
        l.add(c(Rule.VERSION_NAMESPACE, Docs.PLATE, "/plate/version", d -> set(d, "/plate/version", "\"0.5\""))
                .only(NgffVersion.V0_4));
        l.add(c(Rule.VERSION_NAMESPACE, Docs.IMAGE, "/version", d -> set(d, "/version", "\"0.4\"")).only(NgffVersion.V0_5));
        l.add(c(Rule.VERSION_CONSISTENT, Docs.IMAGE, MS + "/version", d -> set(d, MS + "/version", "\"0.4\""))
                .only(NgffVersion.V0_5));
        l.add(c(Rule.VERSION_MISSING, Docs.IMAGE, MS, d -> remove(d, MS + "/version")).only(NgffVersion.V0_4));
        l.add(c(Rule.VERSION_MISSING, Docs.LABEL, "/image-label", d -> remove(d, "/image-label/version"))
                .only(NgffVersion.V0_4));
        l.add(c(Rule.VERSION_NESTED, Docs.WELL, "/well/version", d -> set(d, "/well/version", "\"0.5\""))
                .only(NgffVersion.V0_5));
        l.add(c(Rule.OUTSIDE_NAMESPACE, Docs.IMAGE, "/multiscales", d -> set(d, "/multiscales", "[]"))
                .only(NgffVersion.V0_5).atRoot());
        // axes
        l.add(c(Rule.AXES_COUNT, Docs.IMAGE, AXES, d -> set(d, AXES + "/-", "{\"name\": \"w\", \"type\": \"space\", "
                + "\"unit\": \"meter\"}")).also(Rule.AXES_SPACE_COUNT, Rule.CT_LENGTH));
        l.add(c(Rule.AXES_NAME_UNIQUE, Docs.IMAGE, AXES + "/1/name", d -> set(d, AXES + "/1/name", "\"t\"")));
        l.add(c(Rule.AXES_SPACE_COUNT, Docs.IMAGE, AXES, d -> set(d, AXES + "/1/type", "\"space\"")));
        l.add(c(Rule.AXES_SPACE_COUNT, Docs.LABEL, AXES, d -> set(d, AXES + "/0/type", "\"time\"")));
        l.add(c(Rule.AXES_TIME_COUNT, Docs.IMAGE, AXES, d -> set(d, AXES + "/1/type", "\"time\"")));
        l.add(c(Rule.AXES_CHANNEL_COUNT, Docs.IMAGE, AXES, d -> set(d, AXES + "/0/type", "\"channel\"")));
        l.add(c(Rule.AXES_CHANNEL_COUNT, Docs.IMAGE, AXES, d -> remove(d, AXES + "/0/type")));
        l.add(c(Rule.AXES_ORDER, Docs.IMAGE, AXES + "/1", d -> {
            set(d, AXES + "/0", "{\"name\": \"c\", \"type\": \"channel\"}");
            set(d, AXES + "/1", "{\"name\": \"t\", \"type\": \"time\", \"unit\": \"second\"}");
        }));
        l.add(c(Rule.AXES_ORDER, Docs.LABEL, AXES + "/2", d -> set(d, AXES + "/-", "{\"name\": \"c\", \"type\": \"channel\"}"))
                .also(Rule.CT_LENGTH));
        l.add(c(Rule.AXES_SPACE_ZYX, Docs.IMAGE, AXES, d -> {
            set(d, AXES + "/2/name", "\"x\"");
            set(d, AXES + "/4/name", "\"z\"");
        }));
        l.add(c(Rule.AXIS_TYPE_MISSING, Docs.IMAGE, AXES + "/1", d -> remove(d, AXES + "/1/type")));
        l.add(c(Rule.AXIS_TYPE_CUSTOM, Docs.IMAGE, AXES + "/1/type", d -> set(d, AXES + "/1/type", "\"angle\"")));
        l.add(c(Rule.AXIS_UNIT_MISSING, Docs.IMAGE, AXES + "/2", d -> remove(d, AXES + "/2/unit")));
        l.add(c(Rule.AXIS_UNIT_UNKNOWN, Docs.IMAGE, AXES + "/2/unit", d -> set(d, AXES + "/2/unit", "\"micron\"")));
        l.add(c(Rule.AXIS_UNIT_UNKNOWN, Docs.IMAGE, AXES + "/0/unit", d -> set(d, AXES + "/0/unit", "\"micrometer\"")));
        // multiscales, datasets
        l.add(c(Rule.MULTISCALES_EMPTY, Docs.IMAGE, "/multiscales", d -> set(d, "/multiscales", "[]")));
        l.add(c(Rule.DATASETS_EMPTY, Docs.IMAGE, DS, d -> set(d, DS, "[]")));
        l.add(c(Rule.DATASET_PATH, Docs.IMAGE, DS + "/1/path", d -> set(d, DS + "/1/path", "\"../1\"")));
        l.add(c(Rule.DATASET_PATH, Docs.IMAGE, DS + "/1/path", d -> set(d, DS + "/1/path", "\"/data/1\"")));
        l.add(c(Rule.DATASET_PATH, Docs.IMAGE, DS + "/1/path", d -> set(d, DS + "/1/path", "\"a//b\"")));
        l.add(c(Rule.DATASET_PATH_DUPLICATE, Docs.IMAGE, DS + "/1/path", d -> set(d, DS + "/1/path", "\"0\"")));
        l.add(c(Rule.DATASETS_SCALE_ORDER, Docs.IMAGE, DS + "/1/coordinateTransformations/0/scale/2",
                d -> set(d, DS + "/1/coordinateTransformations/0/scale", "[1.0, 1.0, 0.25, 0.25, 0.25]")));
        l.add(c(Rule.MULTISCALE_NAME_MISSING, Docs.IMAGE, MS, d -> remove(d, MS + "/name")));
        l.add(c(Rule.MULTISCALE_TYPE_MISSING, Docs.IMAGE, MS, d -> remove(d, MS + "/type")));
        l.add(c(Rule.MULTISCALE_METADATA_MISSING, Docs.IMAGE, MS, d -> remove(d, MS + "/metadata")));
        // coordinate transformations
        String ct1 = DS + "/1/coordinateTransformations";
        String ct0 = DS + "/0/coordinateTransformations";
        l.add(c(Rule.CT_TYPE, Docs.IMAGE, ct1 + "/1/type", d -> set(d, ct1 + "/-", "{\"type\": \"affine\"}")));
        l.add(c(Rule.CT_ALLOWED, Docs.IMAGE, ct1 + "/1/type", d -> set(d, ct1 + "/-", "{\"type\": \"identity\"}")));
        l.add(c(Rule.CT_FIELDS, Docs.IMAGE, ct1 + "/0", d -> set(d, ct1 + "/0/path", "\"scales/1\"")));
        l.add(c(Rule.CT_FIELDS, Docs.IMAGE, ct1 + "/0", d -> remove(d, ct1 + "/0/scale")));
        l.add(c(Rule.CT_SCALE_COUNT, Docs.IMAGE, ct1, d -> set(d, ct1 + "/-", "{\"type\": \"scale\", \"scale\": [1,1,1,1,1]}")));
        l.add(c(Rule.CT_SCALE_COUNT, Docs.IMAGE, ct1, d -> set(d, ct1, "[]")));
        l.add(c(Rule.CT_SCALE_COUNT, Docs.IMAGE, MS + "/coordinateTransformations",
                d -> set(d, MS + "/coordinateTransformations/0/type", "\"translation\"")).also(Rule.CT_FIELDS));
        l.add(c(Rule.CT_TRANSLATION_COUNT, Docs.IMAGE, ct0,
                d -> set(d, ct0 + "/-", "{\"type\": \"translation\", \"translation\": [0,0,0,0,0]}")));
        l.add(c(Rule.CT_ORDER, Docs.IMAGE, ct0 + "/0", d -> {
            set(d, ct0 + "/-", "{\"type\": \"scale\", \"scale\": [1.0, 1.0, 0.5, 0.5, 0.5]}");
            remove(d, ct0 + "/0");
        }));
        l.add(c(Rule.CT_LENGTH, Docs.IMAGE, ct1 + "/0/scale", d -> set(d, ct1 + "/0/scale", "[1, 1, 1, 1]")));
        l.add(c(Rule.CT_LENGTH, Docs.IMAGE, ct0 + "/1/translation", d -> set(d, ct0 + "/1/translation", "[0, 0]")));
        l.add(c(Rule.CT_LENGTH, Docs.IMAGE, MS + "/coordinateTransformations/0/scale",
                d -> set(d, MS + "/coordinateTransformations/0/scale", "[1]")));
        l.add(c(Rule.CT_PATH_UNCHECKED, Docs.IMAGE, ct1 + "/0/path", d -> set(d, ct1 + "/0",
                "{\"type\": \"scale\", \"path\": \"scales/1\"}")));
        // omero
        l.add(c(Rule.OMERO_COLOR_FORMAT, Docs.IMAGE, "/omero/channels/1/color", d -> set(d, "/omero/channels/1/color", "\"green\"")));
        l.add(c(Rule.OMERO_RDEFS_MODEL, Docs.IMAGE, "/omero/rdefs/model", d -> set(d, "/omero/rdefs/model", "\"rainbow\"")));
        // labels, image-label
        l.add(c(Rule.LABELS_PATH, Docs.LABELS, "/labels/1", d -> set(d, "/labels/1", "\"../nuclei\"")));
        l.add(c(Rule.LABEL_COLORS_EMPTY, Docs.LABEL, "/image-label/colors", d -> set(d, "/image-label/colors", "[]")));
        l.add(c(Rule.LABEL_PROPERTIES_EMPTY, Docs.LABEL, "/image-label/properties", d -> set(d, "/image-label/properties", "[]")));
        l.add(c(Rule.LABEL_VALUE_UNIQUE, Docs.LABEL, "/image-label/colors/1/label-value",
                d -> set(d, "/image-label/colors/1/label-value", "0")));
        l.add(c(Rule.LABEL_PROPERTIES_VALUE_UNIQUE, Docs.LABEL, "/image-label/properties/1/label-value",
                d -> set(d, "/image-label/properties/1/label-value", "0")));
        l.add(c(Rule.LABEL_RGBA, Docs.LABEL, "/image-label/colors/0/rgba/3", d -> set(d, "/image-label/colors/0/rgba/3", "256")));
        l.add(c(Rule.LABEL_RGBA, Docs.LABEL, "/image-label/colors/0/rgba", d -> remove(d, "/image-label/colors/0/rgba/3")));
        l.add(c(Rule.LABEL_SOURCE_PATH, Docs.LABEL, "/image-label/source/image",
                d -> set(d, "/image-label/source/image", "\"/images/raw\"")));
        l.add(c(Rule.LABEL_COLORS_MISSING, Docs.LABEL, "/image-label", d -> remove(d, "/image-label/colors")));
        l.add(c(Rule.LABEL_MULTISCALES_FRAGMENT, Docs.LABEL, "/image-label", d -> remove(d, "/multiscales")));
        // plate, well
        l.add(c(Rule.PLATE_EMPTY, Docs.PLATE, "/plate/wells", d -> set(d, "/plate/wells", "[]")));
        l.add(c(Rule.PLATE_EMPTY, Docs.PLATE, "/plate/columns", d -> set(d, "/plate/columns", "[]"))
                .also(Rule.PLATE_WELL_INDEX_RANGE));
        l.add(c(Rule.PLATE_NAME_ALNUM, Docs.PLATE, "/plate/rows/2/name", d -> set(d, "/plate/rows/-", "{\"name\": \"C-3\"}")));
        l.add(c(Rule.PLATE_ROW_NAME_UNIQUE, Docs.PLATE, "/plate/rows/2/name", d -> set(d, "/plate/rows/-", "{\"name\": \"A\"}")));
        l.add(c(Rule.PLATE_COLUMN_NAME_UNIQUE, Docs.PLATE, "/plate/columns/2/name",
                d -> set(d, "/plate/columns/-", "{\"name\": \"1\"}")));
        l.add(c(Rule.PLATE_NAME_CASE, Docs.PLATE, "/plate/rows/2/name", d -> set(d, "/plate/rows/-", "{\"name\": \"a\"}")));
        l.add(c(Rule.PLATE_WELL_PATH, Docs.PLATE, "/plate/wells/0/path", d -> set(d, "/plate/wells/0/path", "\"A1\"")));
        l.add(c(Rule.PLATE_WELL_PATH, Docs.PLATE, "/plate/wells/0/path", d -> set(d, "/plate/wells/0/path", "\"plate/A/1\"")));
        l.add(c(Rule.PLATE_WELL_INDEX_RANGE, Docs.PLATE, "/plate/wells/0/rowIndex", d -> set(d, "/plate/wells/0/rowIndex", "2")));
        l.add(c(Rule.PLATE_WELL_PATH_MATCH, Docs.PLATE, "/plate/wells/1/path", d -> set(d, "/plate/wells/1/path", "\"B/1\"")));
        l.add(c(Rule.PLATE_WELL_PATH_MATCH, Docs.PLATE, "/plate/wells/0/path", d -> set(d, "/plate/wells/0/path", "\"1/A\"")));
        l.add(c(Rule.PLATE_WELL_UNIQUE, Docs.PLATE, "/plate/wells/2/path",
                d -> set(d, "/plate/wells/-", "{\"path\": \"A/1\", \"rowIndex\": 0, \"columnIndex\": 0}")));
        l.add(c(Rule.PLATE_ACQUISITION_ID_UNIQUE, Docs.PLATE, "/plate/acquisitions/1/id",
                d -> set(d, "/plate/acquisitions/-", "{\"id\": 0, \"name\": \"again\", \"maximumfieldcount\": 1}")));
        l.add(c(Rule.PLATE_NAME_MISSING, Docs.PLATE, "/plate", d -> remove(d, "/plate/name")));
        l.add(c(Rule.PLATE_FIELD_COUNT_MISSING, Docs.PLATE, "/plate", d -> remove(d, "/plate/field_count"))
                .only(NgffVersion.V0_5));
        l.add(c(Rule.PLATE_ACQUISITION_NAME_MISSING, Docs.PLATE, "/plate/acquisitions/0",
                d -> remove(d, "/plate/acquisitions/0/name")));
        l.add(c(Rule.PLATE_ACQUISITION_FIELDS_MISSING, Docs.PLATE, "/plate/acquisitions/0",
                d -> remove(d, "/plate/acquisitions/0/maximumfieldcount")));
        l.add(c(Rule.WELL_IMAGES_EMPTY, Docs.WELL, "/well/images", d -> set(d, "/well/images", "[]")));
        l.add(c(Rule.WELL_IMAGE_PATH, Docs.WELL, "/well/images/1/path", d -> set(d, "/well/images/1/path", "\"field_1\"")));
        l.add(c(Rule.WELL_IMAGE_PATH_UNIQUE, Docs.WELL, "/well/images/1/path", d -> set(d, "/well/images/1/path", "\"0\"")));
        // bioformats2raw
        l.add(c(Rule.BF2RAW_LAYOUT, Docs.BF2RAW, "/bioformats2raw.layout", d -> set(d, "/bioformats2raw.layout", "2")));
        l.add(c(Rule.SERIES_PATH, Docs.SERIES, "/series/1", d -> set(d, "/series/1", "\"/1\"")));
        return l;
    }

    static Stream<Arguments> casesInEveryVersion() {
        return cases().stream().flatMap(c -> c.versions().stream().map(v -> Arguments.of(c, v)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("casesInEveryVersion")
    void brokenDocumentIsReportedAtThePointer(Case c, NgffVersion v) {
        ObjectNode doc = Docs.of(v, c.base());
        assertTrue(NgffValidator.validateAttributes(doc).issues().isEmpty(), "the base document is clean");
        c.edit().accept(c.editRoot() ? doc : Docs.inner(doc));
        String pointer = (v.namespaced() && !c.editRoot() ? "/ome" : "") + c.pointer();

        ValidationReport r = NgffValidator.validateAttributes(doc);

        assertTrue(r.issues().stream().anyMatch(i -> i.rule() == c.rule() && i.pointer().equals(pointer)),
                "expected " + c.rule().id() + " at " + pointer + ", found " + lines(r));
        if (c.rule().severity() == Severity.ERROR) {
            assertFalse(r.isValid());
            Set<Rule> others = r.errors().stream().map(Issue::rule)
                    .filter(x -> x != c.rule() && !c.alsoAllowed().contains(x)).collect(Collectors.toSet());
            assertEquals(Set.of(), others, "only " + c.rule().id() + " is broken: " + lines(r));
        } else {
            assertTrue(r.isValid(), "a warning does not invalidate: " + lines(r));
        }
        r.issues().forEach(i -> assertTrue(i.message().startsWith("expected") || i.rule() == Rule.CT_PATH_UNCHECKED
                || i.rule() == Rule.JSON_SYNTAX, "messages say what was expected: " + i.line()));
        assertEquals(v, r.version());
    }

    @Test
    void everyDocumentRuleIsBrokenByACase() {
        Set<Rule> covered = cases().stream().map(Case::rule).collect(Collectors.toSet());
        // JSON-SYNTAX and DOCUMENT-SIZE need bytes, not documents: see HostileDocumentsTest.
        Set<Rule> missing = EnumSet.allOf(Rule.class).stream()
                .filter(r -> r.scope() == Rule.Scope.DOCUMENT && !covered.contains(r))
                .filter(r -> r != Rule.JSON_SYNTAX && r != Rule.DOCUMENT_SIZE)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @MethodSource("baseDocuments")
    void baseDocumentsAreCleanInBothVersions(String doc) {
        for (NgffVersion v : NgffVersion.values()) {
            ValidationReport r = NgffValidator.validateAttributes(Docs.of(v, doc));
            assertTrue(r.issues().isEmpty(), v + ": " + lines(r));
            assertEquals(v, r.version());
        }
    }

    static Stream<String> baseDocuments() {
        return Stream.of(Docs.IMAGE, Docs.LABEL, Docs.LABELS, Docs.PLATE, Docs.WELL, Docs.BF2RAW, Docs.SERIES);
    }

    @Test
    void allErrorsAreCollectedNotOnlyTheFirst() {
        ObjectNode doc = Docs.v04(Docs.IMAGE);
        set(doc, AXES + "/1/name", "\"t\"");
        set(doc, DS + "/1/path", "\"../1\"");
        set(doc, "/omero/channels/0/window/end", "\"x\"");
        remove(doc, DS + "/0/coordinateTransformations/0/scale");
        ValidationReport r = NgffValidator.validateAttributes(doc);
        assertEquals(Set.of(Rule.AXES_NAME_UNIQUE, Rule.DATASET_PATH, Rule.TYPE, Rule.CT_FIELDS),
                r.errors().stream().map(Issue::rule).collect(Collectors.toSet()), lines(r));
        assertEquals(4, r.errorCount());
    }

    @Test
    void documentWithoutOmeNgffMetadataIsInvalid() {
        ValidationReport r = NgffValidator.validateAttributes(Docs.json("{\"other\": 1}"));
        assertEquals(List.of(Rule.NGFF_NONE), r.errors().stream().map(Issue::rule).toList());
        ValidationReport empty05 = NgffValidator.validateAttributes(Docs.json("{\"ome\": {\"version\": \"0.5\"}}"));
        assertEquals(List.of("/ome"), empty05.errors().stream().map(Issue::pointer).toList());
        ValidationReport notObject = NgffValidator.validateAttributes(Docs.json("{\"ome\": []}"));
        assertEquals(List.of(Rule.TYPE), notObject.errors().stream().map(Issue::rule).toList());
        assertEquals("/ome", notObject.errors().get(0).pointer());
        ValidationReport noVersion = NgffValidator.validateAttributes(Docs.json("{\"ome\": {\"series\": [\"0\"]}}"));
        assertEquals(List.of("/ome/version"), noVersion.errors().stream().map(Issue::pointer).toList());
    }

    static String lines(ValidationReport r) {
        return r.issues().stream().map(Issue::line).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
