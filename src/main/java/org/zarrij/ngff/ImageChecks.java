package org.zarrij.ngff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.zarrij.array.ZarrArray;
import org.zarrij.array.ZarrGroup;
import org.zarrij.array.ZarrNode;

/**
 * What a multiscales group says about its arrays: each dataset is an array of the right Zarr format with one
 * dimension per axis (named as the axes in 0.5), shapes shrink from level to level, omero has a channel per index.
 */
final class ImageChecks {
    private ImageChecks() {
    }

    static void check(Hierarchy h, ZarrGroup g, NgffMetadata m) {
        Issues doc = h.in(g);
        String base = Pointer.child(HierarchyValidator.base(m), "multiscales");
        for (int i = 0; i < m.multiscales().size(); i++) {
            Multiscale ms = m.multiscales().get(i);
            if (ms.datasets() != null) {
                checkDatasets(h, g, m.version(), ms, Pointer.child(Pointer.index(base, i), "datasets"), doc);
            }
        }
        checkOmero(h, g, m, doc);
    }

    private static void checkDatasets(Hierarchy h, ZarrGroup g, NgffVersion version, Multiscale ms, String at,
                                      Issues doc) {
        long[] previous = null;
        int previousIndex = -1;
        for (int i = 0; i < ms.datasets().size(); i++) {
            String target = Hierarchy.below(g.path(), ms.datasets().get(i).path());
            if (target == null) {
                continue; // missing or not a plain relative path: reported by the document rules, never followed
            }
            String p = Pointer.child(Pointer.index(at, i), "path");
            Optional<ZarrNode> node = h.open(target);
            if (!(node.orElse(null) instanceof ZarrArray a)) {
                doc.add(Rule.DATASET_EXISTS, p, "expected an array at \"" + target + "\", found "
                        + (node.isEmpty() ? "nothing" : "a group"));
                continue;
            }
            if (a.zarrFormat() != version.zarrFormat()) {
                doc.add(Rule.ZARR_FORMAT, p, "expected a Zarr v" + version.zarrFormat() + " array for OME-NGFF " + version
                        + ", found Zarr v" + a.zarrFormat() + " at \"" + target + "\"");
            }
            if (ms.axes() != null && a.rank() != ms.axes().size()) {
                doc.add(Rule.DATASET_RANK, p, "expected " + ms.axes().size() + " dimensions (one per axis), found "
                        + a.rank() + " in array \"" + target + "\" of shape " + Arrays.toString(a.shape()));
            }
            if (version == NgffVersion.V0_5 && ms.axes() != null) {
                checkDimensionNames(h, a, ms.axisNames());
            }
            long[] shape = a.shape();
            if (previous != null && previous.length == shape.length) {
                for (int k = 0; k < shape.length; k++) {
                    if (shape[k] > previous[k]) {
                        doc.add(Rule.DATASETS_SHAPE_ORDER, p, "expected datasets from highest to lowest resolution "
                                + "(shapes that never grow), found " + Arrays.toString(shape) + " after "
                                + Arrays.toString(previous) + " of datasets/" + previousIndex);
                        break;
                    }
                }
            }
            previous = shape;
            previousIndex = i;
        }
    }

    private static void checkDimensionNames(Hierarchy h, ZarrArray a, List<String> axisNames) {
        List<String> names = a.metadata().dimensionNames();
        if (names == null || names.stream().allMatch(n -> n == null)) {
            return;
        }
        if (!names.equals(axisNames)) {
            h.inMetadata(a).add(Rule.DIMENSION_NAMES, "/dimension_names", "expected the axis names " + axisNames
                    + ", found " + names);
        }
    }

    /** omero lists one channel per index of the channel axis of the first level. */
    private static void checkOmero(Hierarchy h, ZarrGroup g, NgffMetadata m, Issues doc) {
        if (m.omero() == null || m.omero().channels() == null || m.multiscales().isEmpty()) {
            return;
        }
        Multiscale ms = m.multiscales().get(0);
        if (ms.axes() == null) {
            return;
        }
        int c = -1;
        for (int i = 0; i < ms.axes().size(); i++) {
            c = ms.axes().get(i).kind() == Axis.Kind.CHANNEL ? i : c;
        }
        List<ZarrArray> arrays = arrays(h, g, ms);
        if (c < 0 || arrays.isEmpty() || arrays.get(0) == null || arrays.get(0).rank() <= c) {
            return;
        }
        long size = arrays.get(0).shape()[c];
        if (size != m.omero().channels().size()) {
            doc.add(Rule.OMERO_CHANNEL_COUNT, Pointer.child(Pointer.child(HierarchyValidator.base(m), "omero"),
                    "channels"), "expected " + size + " channels (the size of axis \"" + ms.axes().get(c).name()
                    + "\"), found " + m.omero().channels().size());
        }
    }

    /** The arrays of a multiscale image's levels, null where a level is not an array. */
    static List<ZarrArray> arrays(Hierarchy h, ZarrGroup g, Multiscale ms) {
        List<ZarrArray> out = new ArrayList<>();
        if (ms.datasets() == null) {
            return out;
        }
        for (Dataset d : ms.datasets()) {
            String target = Hierarchy.below(g.path(), d.path());
            ZarrNode n = target == null ? null : h.open(target).orElse(null);
            out.add(n instanceof ZarrArray a ? a : null);
        }
        return out;
    }
}
