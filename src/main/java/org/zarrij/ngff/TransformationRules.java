package org.zarrij.ngff;

import java.util.List;

/**
 * The rules of a multiscales "coordinateTransformations" list (of a dataset, or shared by all datasets): only
 * scale and translation, exactly one scale, at most one translation after it, one value per axis.
 */
final class TransformationRules {
    private TransformationRules() {
    }

    /** Checks {@code cts} at pointer {@code at}; {@code axisCount} is -1 when the axes are unknown. */
    static void check(List<CoordinateTransformation> cts, int axisCount, String at, Issues out) {
        int scales = 0;
        int translations = 0;
        int firstScale = -1;
        int firstTranslation = -1;
        for (int i = 0; i < cts.size(); i++) {
            CoordinateTransformation ct = cts.get(i);
            String p = Pointer.index(at, i);
            if (ct instanceof CoordinateTransformation.Scale s) {
                scales++;
                firstScale = firstScale < 0 ? i : firstScale;
                checkVector("scale", s.scale(), s.path(), s.extras().has("scale"), axisCount, p, out);
            } else if (ct instanceof CoordinateTransformation.Translation t) {
                translations++;
                checkVector("translation", t.translation(), t.path(), t.extras().has("translation"), axisCount, p, out);
                firstTranslation = firstTranslation < 0 ? i : firstTranslation;
            } else if (ct instanceof CoordinateTransformation.Identity) {
                out.add(Rule.CT_ALLOWED, Pointer.child(p, "type"),
                        "expected \"scale\" or \"translation\" in multiscales, found \"identity\"");
            }
            // Other: its type is missing or unknown, which was reported when it was read.
        }
        if (firstTranslation >= 0 && firstScale > firstTranslation) {
            out.add(Rule.CT_ORDER, Pointer.index(at, firstTranslation), "expected the translation after the scale "
                    + "(at index " + firstScale + "), found it before");
        }
        if (scales != 1) {
            out.add(Rule.CT_SCALE_COUNT, at, "expected exactly one transformation of type \"scale\", found " + scales);
        }
        if (translations > 1) {
            out.add(Rule.CT_TRANSLATION_COUNT, at, "expected at most one transformation of type \"translation\", found "
                    + translations);
        }
    }

    private static void checkVector(String kind, List<Number> values, String path, boolean malformed, int axisCount,
                                    String at, Issues out) {
        if (values == null && path == null) {
            if (!malformed) {
                out.add(Rule.CT_FIELDS, at, "expected \"" + kind + "\" (a list of numbers) or \"path\", found neither");
            }
            return;
        }
        if (values != null && path != null) {
            out.add(Rule.CT_FIELDS, at, "expected one of \"" + kind + "\" and \"path\", found both");
        }
        if (values == null) {
            out.add(Rule.CT_PATH_UNCHECKED, Pointer.child(at, "path"), "the " + kind + " stored at \"" + path
                    + "\" is binary data this validator does not read; its length is not checked");
            return;
        }
        if (axisCount >= 0 && values.size() != axisCount) {
            out.add(Rule.CT_LENGTH, Pointer.child(at, kind), "expected " + axisCount + (axisCount == 1 ? " value" : " values")
                    + " (one per axis), found " + values.size());
        }
    }
}
