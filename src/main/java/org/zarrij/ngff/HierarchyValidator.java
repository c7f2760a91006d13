package org.zarrij.ngff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zarrij.array.ZarrArray;
import org.zarrij.array.ZarrGroup;
import org.zarrij.array.ZarrNode;
import org.zarrij.store.Store;

/**
 * Validates a whole hierarchy: every group's OME-NGFF metadata with the document rules (its findings located in
 * the group's metadata file), then what the metadata says about the nodes around it.
 */
final class HierarchyValidator {
    private final Issues issues = new Issues();
    private final Hierarchy h;
    private final String root;

    HierarchyValidator(Store store, String path) {
        this(store, path, Hierarchy.MAX_NODES);
    }

    HierarchyValidator(Store store, String path, int maxNodes) {
        this.h = new Hierarchy(store, issues, maxNodes);
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        this.root = p;
    }

    /** One group with OME-NGFF metadata. */
    record Found(ZarrGroup group, NgffMetadata metadata) {
    }

    ValidationReport run() {
        Optional<ZarrNode> top = h.open(root);
        if (top.isEmpty() || top.get() instanceof ZarrArray) {
            issues.in(root.isEmpty() ? "(root)" : root, "").add(Rule.NGFF_NONE, "", "expected a Zarr group with OME-NGFF "
                    + "metadata, found " + (top.isEmpty() ? "no Zarr group (no zarr.json or .zgroup)" : "an array"));
            return issues.report(null);
        }
        h.walk(root);
        for (ZarrNode array : h.arrays()) {
            if (NgffMetadata.present(array.attributes())) {
                h.in(array).add(Rule.NGFF_IN_ARRAY, "", "expected OME-NGFF metadata in the attributes of a group, found "
                        + "it in those of the array \"" + array.path() + "\"");
            }
        }
        List<Found> found = readDocuments();
        if (found.isEmpty()) {
            h.in(top.get()).add(Rule.NGFF_NONE, "", "expected OME-NGFF metadata in at least one group, found none");
            return issues.report(null);
        }
        for (Found f : found) {
            NgffMetadata m = f.metadata();
            if (m.multiscales() != null) {
                ImageChecks.check(h, f.group(), m);
                LabelChecks.checkImageLabels(h, f.group());
            }
            if (m.imageLabel() != null) {
                LabelChecks.checkLabelGroup(h, f.group(), m);
            }
            if (m.labels() != null) {
                LabelChecks.checkLabelsGroup(h, f.group(), m);
            }
            if (m.plate() != null) {
                PlateChecks.checkPlate(h, f.group(), m);
            }
            if (m.well() != null) {
                PlateChecks.checkWell(h, f.group(), m);
            }
            if (m.bioformats2rawLayout() != null) {
                CollectionChecks.check(h, f.group(), m);
            }
        }
        return issues.report(found.get(0).metadata().version());
    }

    /** Runs the document rules on every group with OME-NGFF metadata; checks Zarr formats and one version. */
    private List<Found> readDocuments() {
        List<Found> found = new ArrayList<>();
        for (ZarrGroup g : h.groups()) {
            ObjectNode attributes = g.attributes();
            if (!NgffMetadata.present(attributes)) {
                continue;
            }
            Issues doc = h.in(g);
            NgffMetadata m = NgffMetadata.parse(attributes, doc);
            if (m == null) {
                continue;
            }
            DocumentValidator.check(m, doc, false);
            if (m.version().zarrFormat() != g.zarrFormat()) {
                doc.add(Rule.ZARR_FORMAT, "", "expected OME-NGFF " + m.version() + " in a Zarr v" + m.version().zarrFormat()
                        + " group, found a Zarr v" + g.zarrFormat() + " group" + (g.zarrFormat() == 3
                        ? " (0.5 metadata goes under \"ome\")" : ""));
            }
            if (!found.isEmpty() && found.get(0).metadata().version() != m.version()) {
                Found first = found.get(0);
                doc.add(Rule.VERSION_CONSISTENT, "", "expected OME-NGFF " + first.metadata().version() + " like "
                        + describe(first.group()) + ", found " + m.version());
            }
            found.add(new Found(g, m));
        }
        return found;
    }

    private static String describe(ZarrGroup g) {
        return g.path().isEmpty() ? "the root group" : "\"" + g.path() + "\"";
    }

    /** The pointer of a version's metadata within the attributes: "/ome" in 0.5, "" in 0.4. */
    static String base(NgffMetadata m) {
        return m.version().namespaced() ? "/ome" : "";
    }
}
