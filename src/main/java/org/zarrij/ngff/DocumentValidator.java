package org.zarrij.ngff;

import java.util.List;

/** Runs every document rule over the metadata of one group. */
final class DocumentValidator {
    private DocumentValidator() {
    }

    /**
     * Checks {@code m}. A {@code fragment} is a bare attributes document: an image-label there without
     * multiscales is only a warning, as the label image around it cannot be seen.
     */
    static void check(NgffMetadata m, Issues out, boolean fragment) {
        String base = m.version().namespaced() ? "/ome" : "";
        if (!hasContent(m)) {
            out.add(Rule.NGFF_NONE, base, "expected OME-NGFF metadata (one of " + String.join(", ", NgffMetadata.KEYS)
                    + "), found none");
        }
        VersionRules.check(m, base, out);
        if (m.multiscales() != null) {
            List<Multiscale> ms = m.multiscales();
            String p = Pointer.child(base, "multiscales");
            if (ms.isEmpty()) {
                out.add(Rule.MULTISCALES_EMPTY, p, "expected at least one multiscale image, found none");
            }
            for (int i = 0; i < ms.size(); i++) {
                MultiscaleRules.check(ms.get(i), Pointer.index(p, i), out);
            }
        }
        if (m.omero() != null) {
            OmeroRules.check(m.omero(), Pointer.child(base, "omero"), out);
        }
        if (m.labels() != null) {
            LabelRules.checkLabels(m.labels(), Pointer.child(base, "labels"), out);
        }
        if (m.imageLabel() != null) {
            LabelRules.checkImageLabel(m.imageLabel(), Pointer.child(base, "image-label"), out);
            if (fragment && m.multiscales() == null && !m.extras().has("multiscales")) {
                out.add(Rule.LABEL_MULTISCALES_FRAGMENT, Pointer.child(base, "image-label"), "expected \"multiscales\" "
                        + "next to \"image-label\" (a label image is a multiscale image), found none");
            }
        }
        if (m.plate() != null) {
            PlateRules.check(m.plate(), m.version(), Pointer.child(base, "plate"), out);
        }
        if (m.well() != null) {
            WellRules.check(m.well(), Pointer.child(base, "well"), out);
        }
        checkCollection(m, base, out);
    }

    /** bioformats2raw.layout is 3; series lists relative paths. */
    private static void checkCollection(NgffMetadata m, String base, Issues out) {
        if (m.bioformats2rawLayout() != null && m.bioformats2rawLayout() != 3) {
            out.add(Rule.BF2RAW_LAYOUT, Pointer.child(base, "bioformats2raw.layout"), "expected 3, found "
                    + m.bioformats2rawLayout());
        }
        if (m.series() != null) {
            for (int i = 0; i < m.series().size(); i++) {
                String problem = RelativePath.problem(m.series().get(i));
                if (problem != null) {
                    out.add(Rule.SERIES_PATH, Pointer.index(Pointer.child(base, "series"), i), "expected a relative "
                            + "path to an image group, found \"" + m.series().get(i) + "\" (" + problem + ")");
                }
            }
        }
    }

    /** True when any OME-NGFF key is present (even with a value of the wrong type, which was reported). */
    static boolean hasContent(NgffMetadata m) {
        if (m.bioformats2rawLayout() != null || m.multiscales() != null || m.omero() != null || m.labels() != null
                || m.imageLabel() != null || m.plate() != null || m.well() != null || m.series() != null) {
            return true;
        }
        return NgffMetadata.KEYS.stream().anyMatch(m.extras()::has);
    }
}
