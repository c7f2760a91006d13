package org.zarrij.ngff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules of one "multiscales" entry: axes, datasets and their order, transformations, and its SHOULDs. */
final class MultiscaleRules {
    private MultiscaleRules() {
    }

    static void check(Multiscale m, String at, Issues out) {
        int axisCount = m.axes() == null ? -1 : m.axes().size();
        if (m.axes() != null) {
            AxesRules.check(m.axes(), Pointer.child(at, "axes"), out);
        }
        if (m.datasets() != null) {
            checkDatasets(m.datasets(), axisCount, Pointer.child(at, "datasets"), out);
        }
        if (m.coordinateTransformations() != null) {
            TransformationRules.check(m.coordinateTransformations(), axisCount,
                    Pointer.child(at, "coordinateTransformations"), out);
        }
        shouldHave(m.name() != null, m, "name", Rule.MULTISCALE_NAME_MISSING, "a \"name\"", at, out);
        shouldHave(m.type() != null, m, "type", Rule.MULTISCALE_TYPE_MISSING,
                "a \"type\" naming the downscaling method", at, out);
        shouldHave(m.metadata() != null, m, "metadata", Rule.MULTISCALE_METADATA_MISSING,
                "\"metadata\" describing the downscaling", at, out);
    }

    private static void shouldHave(boolean has, Multiscale m, String key, Rule rule, String what, String at, Issues out) {
        if (!has && !m.extras().has(key)) {
            out.add(rule, at, "expected " + what + ", found none");
        }
    }

    private static void checkDatasets(List<Dataset> datasets, int axisCount, String at, Issues out) {
        if (datasets.isEmpty()) {
            out.add(Rule.DATASETS_EMPTY, at, "expected at least one dataset, found none");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < datasets.size(); i++) {
            Dataset d = datasets.get(i);
            String p = Pointer.index(at, i);
            if (d.path() != null) {
                String problem = RelativePath.problem(d.path());
                if (problem != null) {
                    out.add(Rule.DATASET_PATH, Pointer.child(p, "path"), "expected a relative path inside the group, "
                            + "found \"" + d.path() + "\" (" + problem + ")");
                }
                Integer first = seen.putIfAbsent(d.path(), i);
                if (first != null) {
                    out.add(Rule.DATASET_PATH_DUPLICATE, Pointer.child(p, "path"), "expected a different array for "
                            + "each level, found \"" + d.path() + "\" again (first at datasets/" + first + ")");
                }
            }
            if (d.coordinateTransformations() != null) {
                TransformationRules.check(d.coordinateTransformations(), axisCount,
                        Pointer.child(p, "coordinateTransformations"), out);
            }
        }
        checkScaleOrder(datasets, at, out);
    }

    /** Highest resolution first: each level's scale (pixel size) is at least the previous level's, per axis. */
    private static void checkScaleOrder(List<Dataset> datasets, String at, Issues out) {
        double[] previous = null;
        for (int i = 0; i < datasets.size(); i++) {
            int index = scaleIndex(datasets.get(i));
            double[] scale = index < 0 ? null
                    : ((CoordinateTransformation.Scale) datasets.get(i).coordinateTransformations().get(index)).values();
            if (scale != null && previous != null && scale.length == previous.length) {
                for (int k = 0; k < scale.length; k++) {
                    if (scale[k] < previous[k]) {
                        out.add(Rule.DATASETS_SCALE_ORDER, Pointer.child(Pointer.index(Pointer.child(Pointer.index(at, i),
                                "coordinateTransformations"), index), "scale") + "/" + k, "expected datasets from "
                                + "highest to lowest resolution (scales that never decrease), found " + scale[k]
                                + " after " + previous[k] + " on axis " + k);
                        break;
                    }
                }
            }
            previous = scale;
        }
    }

    /** The index of a dataset's only inline scale, or -1. */
    private static int scaleIndex(Dataset d) {
        List<CoordinateTransformation> cts = d.coordinateTransformations();
        int found = -1;
        for (int i = 0; cts != null && i < cts.size(); i++) {
            if (cts.get(i) instanceof CoordinateTransformation.Scale s) {
                if (found >= 0 || s.scale() == null) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }
}
