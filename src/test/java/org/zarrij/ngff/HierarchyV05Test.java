package org.zarrij.ngff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zarrij.ngff.HierarchyFixtures.array;
import static org.zarrij.ngff.HierarchyFixtures.assertClean;
import static org.zarrij.ngff.HierarchyFixtures.assertFinding;
import static org.zarrij.ngff.HierarchyFixtures.edit;
import static org.zarrij.ngff.HierarchyFixtures.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.array.Zarr;
import org.zarrij.dtype.DataType;
import org.zarrij.store.FileSystemStore;
import org.zarrij.store.Store;

/**
 * OME-NGFF 0.5 hierarchies (Zarr v3) written by our own engine from the models (Debian's zarr-python cannot
 * write v3): an image with labels and a plate, valid as written, then broken one rule at a time.
 */
class HierarchyV05Test {
    private static final List<String> CYX = List.of("c", "y", "x");

    @TempDir
    Path dir;

    Path image;
    Path plate;

    @BeforeEach
    void write() {
        image = dir.resolve("image.zarr");
        plate = dir.resolve("plate.zarr");
        try (Store store = new FileSystemStore(image, false)) {
            Zarr.createGroup(store, "", 3, metadata("image", 2, 3).toAttributes());
            Zarr.createGroup(store, "labels", 3, Docs.v05("{\"labels\": [\"cells\"]}"));
            NgffMetadata cells = metadata("cells", 1, 3).withOmero(null).withImageLabel(new ImageLabel(null,
                    List.of(LabelColor.of(1, 255, 0, 0, 255)), null, new LabelSource("../../", null), null));
            Zarr.createGroup(store, "labels/cells", 3, cells.toAttributes());
        }
        for (int level = 0; level < 3; level++) {
            long size = 32 >> level;
            array(image, Integer.toString(level), 3, DataType.UINT16, CYX, 2, size, size);
            array(image, "labels/cells/" + level, 3, DataType.UINT32, CYX, 1, size, size);
        }
        try (Store store = new FileSystemStore(plate, false)) {
            Zarr.createGroup(store, "", 3, Docs.v05(Docs.PLATE));
            Zarr.createGroup(store, "A", 3, null);
            Zarr.createGroup(store, "A/1", 3, Docs.v05("{\"well\": {\"images\": [{\"acquisition\": 0, \"path\": \"0\"}]}}"));
            Zarr.createGroup(store, "B", 3, null);
            Zarr.createGroup(store, "B/2", 3, Docs.v05("{\"well\": {\"images\": [{\"acquisition\": 0, \"path\": \"0\"}]}}"));
            Zarr.createGroup(store, "A/1/0", 3, metadata("field", 1, 1).withOmero(null).toAttributes());
            Zarr.createGroup(store, "B/2/0", 3, metadata("field", 1, 1).withOmero(null).toAttributes());
        }
        array(plate, "A/1/0/0", 3, DataType.UINT8, CYX, 1, 16, 16);
        array(plate, "B/2/0/0", 3, DataType.UINT8, CYX, 1, 16, 16);
    }

    /** A c, y, x image with {@code levels} levels of halving resolution, built with the models. */
    private static NgffMetadata metadata(String name, int channels, int levels) {
        List<Dataset> datasets = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            double pixel = 0.5 * (1 << level);
            datasets.add(Dataset.of(Integer.toString(level), CoordinateTransformation.Scale.of(1, pixel, pixel)));
        }
        Multiscale ms = new Multiscale(null, name, List.of(Axis.of("c", "channel", null),
                Axis.of("y", "space", "micrometer"), Axis.of("x", "space", "micrometer")), datasets, null, "gaussian",
                org.zarrij.array.Json.object().put("method", "zarr-ij"), null);
        List<OmeroChannel> cs = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            cs.add(new OmeroChannel(true, 1, "FF00FF", "linear", false, "ch" + c, OmeroWindow.of(0, 100, 0, 255), null));
        }
        return NgffMetadata.empty(NgffVersion.V0_5).withMultiscales(List.of(ms))
                .withOmero(new Omero(null, null, null, cs, null, null));
    }

    @Test
    void hierarchiesWrittenByTheEngineAreValid() {
        ValidationReport r = validate(image);
        assertClean(r);
        assertEquals(NgffVersion.V0_5, r.version());
        assertClean(validate(plate));
    }

    @Test
    @Breaks(Rule.DIMENSION_NAMES)
    void dimensionNamesThatAreNotTheAxisNames() {
        array(image, "1", 3, DataType.UINT16, List.of("c", "x", "y"), 2, 16, 16);
        assertFinding(validate(image), Rule.DIMENSION_NAMES, "1/zarr.json#/dimension_names");
        array(image, "1", 3, DataType.UINT16, null, 2, 16, 16);
        assertClean(validate(image));
    }

    @Test
    void v2ArrayInA05Image() {
        array(image, "2", 2, DataType.UINT16, null, 2, 8, 8);
        assertFinding(validate(image), Rule.ZARR_FORMAT, "zarr.json#/attributes/ome/multiscales/0/datasets/2/path");
    }

    @Test
    void metadataOf04InAV3Group() {
        edit(image.resolve("labels/zarr.json"), a -> {
            a.remove("ome");
            a.putArray("labels").add("cells");
        });
        assertFinding(validate(image), Rule.ZARR_FORMAT, "labels/zarr.json#/attributes", Rule.VERSION_CONSISTENT);
    }

    @Test
    void datasetRankAndMissingDatasetsIn05() {
        array(image, "0", 3, DataType.UINT16, List.of("y", "x"), 32, 32);
        assertFinding(validate(image), Rule.DATASET_RANK, "zarr.json#/attributes/ome/multiscales/0/datasets/0/path",
                Rule.DIMENSION_NAMES, Rule.LABEL_RANK);
        edit(image.resolve("zarr.json"), a -> Docs.set(a, "/ome/multiscales/0/datasets/0/path", "\"zero\""));
        assertFinding(validate(image), Rule.DATASET_EXISTS, "zarr.json#/attributes/ome/multiscales/0/datasets/0/path");
    }

    @Test
    void documentFindingsPointIntoZarrJson() {
        edit(image.resolve("labels/cells/zarr.json"), a -> Docs.set(a, "/ome/image-label/colors/0/rgba/0", "300"));
        assertFinding(validate(image), Rule.LABEL_RGBA, "labels/cells/zarr.json#/attributes/ome/image-label/colors/0/rgba/0");
    }

    @Test
    void labelsAndWellsIn05() {
        array(image, "labels/cells/2", 3, DataType.FLOAT64, CYX, 1, 8, 8);
        assertFinding(validate(image), Rule.LABEL_DTYPE,
                "labels/cells/zarr.json#/attributes/ome/multiscales/0/datasets/2/path");
        edit(plate.resolve("B/2/zarr.json"), a -> Docs.set(a, "/ome/well/images/0/acquisition", "3"));
        assertFinding(validate(plate), Rule.WELL_ACQUISITION_UNKNOWN,
                "B/2/zarr.json#/attributes/ome/well/images/0/acquisition");
    }

    @Test
    @Breaks(Rule.VERSION_CONSISTENT)
    void oneVersionPerHierarchy() {
        edit(plate.resolve("A/1/zarr.json"), a -> Docs.set(a, "/ome/version", "\"0.4\""));
        assertFinding(validate(plate), Rule.VERSION_NAMESPACE, "A/1/zarr.json#/attributes/ome/version");
        edit(plate.resolve("A/1/zarr.json"), a -> {
            ObjectNode well = (ObjectNode) ((ObjectNode) a.remove("ome")).get("well");
            a.set("well", well.put("version", "0.4"));
        });
        assertFinding(validate(plate), Rule.VERSION_CONSISTENT, "A/1/zarr.json#/attributes", Rule.ZARR_FORMAT);
    }
}
