package org.zarrij.ngff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.zarrij.ngff.HierarchyFixtures.array;
import static org.zarrij.ngff.HierarchyFixtures.assertClean;
import static org.zarrij.ngff.HierarchyFixtures.assertFinding;
import static org.zarrij.ngff.HierarchyFixtures.delete;
import static org.zarrij.ngff.HierarchyFixtures.edit;
import static org.zarrij.ngff.HierarchyFixtures.move;
import static org.zarrij.ngff.HierarchyFixtures.validate;
import static org.zarrij.ngff.HierarchyFixtures.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.dtype.DataType;
import org.zarrij.testutil.Python;

/**
 * OME-NGFF 0.4 hierarchies written by zarr-python 2 (an image with labels, a plate, a bioformats2raw collection),
 * valid as written, then broken one hierarchy rule at a time.
 */
class HierarchyV04Test {
    @TempDir
    static Path written;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeWithZarrPython() throws IOException {
        try (InputStream in = HierarchyV04Test.class.getResourceAsStream("write_hierarchies.py")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("ok", Python.run(script, written.toString()).strip());
        }
    }

    private Path copy(String name) {
        Path p = dir.resolve(name);
        HierarchyFixtures.copy(written.resolve(name), p);
        return p;
    }

    @Test
    void hierarchiesWrittenByZarrPythonAreValid() {
        for (String name : List.of("image.zarr", "plate.zarr", "bf2raw.zarr")) {
            ValidationReport r = validate(written.resolve(name));
            assertClean(r);
            assertEquals(NgffVersion.V0_4, r.version());
        }
    }

    @Test
    @Breaks(Rule.DATASET_EXISTS)
    void datasetThatIsMissingOrAGroup() {
        Path image = copy("image.zarr");
        delete(image.resolve("2"));
        assertFinding(validate(image), Rule.DATASET_EXISTS, ".zattrs#/multiscales/0/datasets/2/path");
        edit(image.resolve(".zattrs"), a -> Docs.set(a, "/multiscales/0/datasets/2/path", "\"labels\""));
        assertFinding(validate(image), Rule.DATASET_EXISTS, ".zattrs#/multiscales/0/datasets/2/path");
    }

    @Test
    void pathsThatLeaveTheGroupAreNeverFollowed() {
        Path image = copy("image.zarr");
        copy("plate.zarr");
        edit(image.resolve(".zattrs"), a -> Docs.set(a, "/multiscales/0/datasets/2/path", "\"../plate.zarr/A/1/0/0\""));
        ValidationReport r = validate(image);
        assertFinding(r, Rule.DATASET_PATH, ".zattrs#/multiscales/0/datasets/2/path");
        assertEquals(1, r.errorCount(), DocumentRulesTest.lines(r));
    }

    @Test
    @Breaks({Rule.DATASET_RANK, Rule.LABEL_RANK})
    void datasetWithTheWrongNumberOfDimensions() {
        Path image = copy("image.zarr");
        array(image, "2", 2, DataType.UINT16, null, 8, 8);
        ValidationReport r = validate(image);
        assertFinding(r, Rule.DATASET_RANK, ".zattrs#/multiscales/0/datasets/2/path", Rule.LABEL_RANK);
        assertFinding(r, Rule.LABEL_RANK, "labels/cells/.zattrs#/multiscales/0/datasets/2/path", Rule.DATASET_RANK);
    }

    @Test
    @Breaks({Rule.DATASETS_SHAPE_ORDER, Rule.LABEL_SHAPE})
    void levelThatGrows() {
        Path image = copy("image.zarr");
        array(image, "1", 2, DataType.UINT16, null, 2, 64, 64);
        ValidationReport r = validate(image);
        assertFinding(r, Rule.DATASETS_SHAPE_ORDER, ".zattrs#/multiscales/0/datasets/1/path");
        assertFinding(r, Rule.LABEL_SHAPE, "labels/cells/.zattrs#/multiscales/0/datasets/1/path",
                Rule.DATASETS_SHAPE_ORDER);
    }

    @Test
    @Breaks(Rule.ZARR_FORMAT)
    void zarrV3ArrayOrOme05AttributesInA04Hierarchy() {
        Path image = copy("image.zarr");
        array(image, "1", 3, DataType.UINT16, null, 2, 16, 16);
        assertFinding(validate(image), Rule.ZARR_FORMAT, ".zattrs#/multiscales/0/datasets/1/path");

        Path plate = copy("plate.zarr");
        edit(plate.resolve("A/1/.zattrs"), a -> {
            ObjectNode well = (ObjectNode) a.remove("well");
            well.remove("version");
            a.putObject("ome").put("version", "0.5").set("well", well);
        });
        assertFinding(validate(plate), Rule.ZARR_FORMAT, "A/1/.zattrs", Rule.VERSION_CONSISTENT);
    }

    @Test
    @Breaks(Rule.ZARR_METADATA)
    void unreadableArrayMetadata() {
        Path image = copy("image.zarr");
        write(image.resolve("1/.zarray"), "{\"zarr_format\": 2, \"shape\": [2, 16");
        assertFinding(validate(image), Rule.ZARR_METADATA, "1", Rule.DATASET_EXISTS);
    }

    @Test
    @Breaks(Rule.OMERO_CHANNEL_COUNT)
    void omeroWithTooFewChannels() {
        Path image = copy("image.zarr");
        edit(image.resolve(".zattrs"), a -> Docs.remove(a, "/omero/channels/1"));
        assertFinding(validate(image), Rule.OMERO_CHANNEL_COUNT, ".zattrs#/omero/channels");
    }

    @Test
    @Breaks(Rule.LABELS_EXISTS)
    void listedLabelThatDoesNotExist() {
        Path image = copy("image.zarr");
        edit(image.resolve("labels/.zattrs"), a -> ((ArrayNode) a.get("labels")).add("nuclei"));
        assertFinding(validate(image), Rule.LABELS_EXISTS, "labels/.zattrs#/labels/1");
    }

    @Test
    @Breaks(Rule.LABELS_UNLISTED)
    void labelImageThatIsNotListed() {
        Path image = copy("image.zarr");
        edit(image.resolve("labels/.zattrs"), a -> a.putArray("labels"));
        assertFinding(validate(image), Rule.LABELS_UNLISTED, "labels/.zattrs#/labels");
    }

    @Test
    @Breaks(Rule.LABELS_INTERMEDIATE)
    void metadataBetweenLabelsAndTheLabelImage() {
        Path image = copy("image.zarr");
        move(image.resolve("labels/cells"), image.resolve("labels/run1/cells"));
        write(image.resolve("labels/run1/.zgroup"), "{\"zarr_format\": 2}");
        write(image.resolve("labels/run1/.zattrs"), "{\"omero\": {\"channels\": []}}");
        edit(image.resolve("labels/.zattrs"), a -> Docs.set(a, "/labels/0", "\"run1/cells\""));
        edit(image.resolve("labels/run1/cells/.zattrs"), a -> Docs.set(a, "/image-label/source/image", "\"../../../\""));
        assertFinding(validate(image), Rule.LABELS_INTERMEDIATE, "labels/run1/.zattrs");
    }

    @Test
    @Breaks(Rule.LABEL_MULTISCALES)
    void labelImageWithoutMultiscales() {
        Path image = copy("image.zarr");
        edit(image.resolve("labels/cells/.zattrs"), a -> a.remove("multiscales"));
        assertFinding(validate(image), Rule.LABEL_MULTISCALES, "labels/cells/.zattrs#/image-label");
        edit(image.resolve("labels/cells/.zattrs"), a -> a.remove("image-label"));
        assertFinding(validate(image), Rule.LABEL_MULTISCALES, "labels/cells/.zattrs");
    }

    @Test
    @Breaks(Rule.LABEL_IMAGE_LABEL_MISSING)
    void labelImageWithoutImageLabel() {
        Path image = copy("image.zarr");
        edit(image.resolve("labels/cells/.zattrs"), a -> a.remove("image-label"));
        assertFinding(validate(image), Rule.LABEL_IMAGE_LABEL_MISSING, "labels/cells/.zattrs");
    }

    @Test
    @Breaks(Rule.LABEL_DTYPE)
    void labelOfFloats() {
        Path image = copy("image.zarr");
        array(image, "labels/cells/0", 2, DataType.FLOAT32, null, 1, 32, 32);
        assertFinding(validate(image), Rule.LABEL_DTYPE, "labels/cells/.zattrs#/multiscales/0/datasets/0/path");
    }

    @Test
    @Breaks(Rule.LABEL_LEVELS)
    void labelWithFewerLevelsThanItsImage() {
        Path image = copy("image.zarr");
        edit(image.resolve("labels/cells/.zattrs"), a -> Docs.remove(a, "/multiscales/0/datasets/2"));
        assertFinding(validate(image), Rule.LABEL_LEVELS, "labels/cells/.zattrs#/multiscales/0/datasets");
    }

    @Test
    @Breaks(Rule.LABEL_SOURCE)
    void labelSourceThatIsNotTheImage() {
        Path image = copy("image.zarr");
        edit(image.resolve("labels/cells/.zattrs"), a -> Docs.set(a, "/image-label/source/image", "\"../\""));
        assertFinding(validate(image), Rule.LABEL_SOURCE, "labels/cells/.zattrs#/image-label/source/image");
        edit(image.resolve("labels/cells/.zattrs"), a -> Docs.set(a, "/image-label/source/image", "\"../../../../x\""));
        assertFinding(validate(image), Rule.LABEL_SOURCE, "labels/cells/.zattrs#/image-label/source/image");
    }

    @Test
    @Breaks(Rule.PLATE_WELL_EXISTS)
    void plateWellThatIsMissing() {
        Path plate = copy("plate.zarr");
        delete(plate.resolve("B/2"));
        assertFinding(validate(plate), Rule.PLATE_WELL_EXISTS, ".zattrs#/plate/wells/1/path");
        edit(plate.resolve("A/1/.zattrs"), a -> a.remove("well"));
        assertFinding(validate(plate), Rule.PLATE_WELL_EXISTS, ".zattrs#/plate/wells/0/path");
    }

    @Test
    @Breaks(Rule.WELL_IMAGE_EXISTS)
    void wellImageThatIsMissing() {
        Path plate = copy("plate.zarr");
        delete(plate.resolve("A/1/1"));
        assertFinding(validate(plate), Rule.WELL_IMAGE_EXISTS, "A/1/.zattrs#/well/images/1/path");
    }

    @Test
    @Breaks({Rule.WELL_ACQUISITION_REQUIRED, Rule.WELL_ACQUISITION_UNKNOWN})
    void wellImagesAndThePlatesAcquisitions() {
        Path plate = copy("plate.zarr");
        edit(plate.resolve("A/1/.zattrs"), a -> Docs.remove(a, "/well/images/0/acquisition"));
        assertFinding(validate(plate), Rule.WELL_ACQUISITION_REQUIRED, "A/1/.zattrs#/well/images/0");
        edit(plate.resolve("A/1/.zattrs"), a -> Docs.set(a, "/well/images/0/acquisition", "7"));
        assertFinding(validate(plate), Rule.WELL_ACQUISITION_UNKNOWN, "A/1/.zattrs#/well/images/0/acquisition");
    }

    @Test
    @Breaks(Rule.BF2RAW_SERIES_EXISTS)
    void seriesThatIsMissing() {
        Path bf = copy("bf2raw.zarr");
        edit(bf.resolve("OME/.zattrs"), a -> ((ArrayNode) a.get("series")).add("2"));
        assertFinding(validate(bf), Rule.BF2RAW_SERIES_EXISTS, "OME/.zattrs#/series/2", Rule.BF2RAW_IMAGE_COUNT);
    }

    @Test
    @Breaks(Rule.BF2RAW_NUMBERING)
    void imagesNotNumberedFromZero() {
        Path bf = copy("bf2raw.zarr");
        delete(bf.resolve("OME/.zattrs"));
        assertClean(validate(bf));
        move(bf.resolve("1"), bf.resolve("2"));
        assertFinding(validate(bf), Rule.BF2RAW_NUMBERING, ".zattrs#/bioformats2raw.layout");
    }

    @Test
    @Breaks({Rule.BF2RAW_OME_XML, Rule.BF2RAW_OME_XML_METADATA_ONLY})
    void omeXmlMissingOrWithBinaryData() {
        Path bf = copy("bf2raw.zarr");
        write(bf.resolve("OME/METADATA.ome.xml"), "<OME><Image ID=\"Image:0\"><Pixels><BinData Length=\"4\">AAAA</BinData>"
                + "</Pixels></Image><Image ID=\"Image:1\"><Pixels><MetadataOnly/></Pixels></Image></OME>");
        assertFinding(validate(bf), Rule.BF2RAW_OME_XML_METADATA_ONLY, "OME/METADATA.ome.xml");
        delete(bf.resolve("OME/METADATA.ome.xml"));
        assertFinding(validate(bf), Rule.BF2RAW_OME_XML, ".zattrs#/bioformats2raw.layout");
    }

    @Test
    @Breaks(Rule.BF2RAW_IMAGE_COUNT)
    void omeXmlWithMoreImagesThanTheCollection() {
        Path bf = copy("bf2raw.zarr");
        write(bf.resolve("OME/METADATA.ome.xml"), "<OME><Image ID=\"Image:0\"/><Image ID=\"Image:1\"/><ImageRef/>"
                + "<Image ID=\"Image:2\"></Image></OME>");
        assertFinding(validate(bf), Rule.BF2RAW_IMAGE_COUNT, "OME/METADATA.ome.xml");
        delete(bf.resolve("OME/.zattrs"));
        assertFinding(validate(bf), Rule.BF2RAW_IMAGE_COUNT, "OME/METADATA.ome.xml");
    }

    @Test
    @Breaks(Rule.NGFF_IN_ARRAY)
    void omeNgffMetadataOnAnArray() {
        Path image = copy("image.zarr");
        write(image.resolve("0/.zattrs"), "{\"omero\": {\"channels\": []}}");
        assertFinding(validate(image), Rule.NGFF_IN_ARRAY, "0/.zattrs");
    }

    @Test
    @Breaks(Rule.LABELS_KEY)
    void labelsGroupWithoutItsList() {
        Path image = copy("image.zarr");
        delete(image.resolve("labels/.zattrs"));
        assertFinding(validate(image), Rule.LABELS_KEY, "labels/.zattrs");
    }

    @Test
    void plateWellOutsideARowGroup() {
        Path plate = copy("plate.zarr");
        delete(plate.resolve("A/.zgroup"));
        assertFinding(validate(plate), Rule.PLATE_WELL_EXISTS, ".zattrs#/plate/wells/0/path");
    }

    @Test
    @Breaks(Rule.HIERARCHY_LIMIT)
    void hierarchiesLargerThanTheLimitAreReportedNotWalkedForever() {
        ValidationReport r = validate(written.resolve("plate.zarr"), 5);
        assertFinding(r, Rule.HIERARCHY_LIMIT, "(root)", Rule.WELL_IMAGE_EXISTS, Rule.PLATE_WELL_EXISTS);
    }

    @Test
    void groupsWithoutOmeNgffMetadata() {
        Path plain = dir.resolve("plain.zarr");
        write(plain.resolve(".zgroup"), "{\"zarr_format\": 2}");
        assertFinding(validate(plain), Rule.NGFF_NONE, ".zattrs");
        Path empty = dir.resolve("empty");
        write(empty.resolve("readme.txt"), "not zarr");
        ValidationReport r = validate(empty);
        assertFalse(r.isValid());
        assertEquals(Rule.NGFF_NONE, r.errors().get(0).rule());
    }
}
