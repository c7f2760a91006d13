package org.zarrij.ngff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules of a "labels" list and of "image-label" metadata. */
final class LabelRules {
    private LabelRules() {
    }

    static void checkLabels(List<String> labels, String at, Issues out) {
        for (int i = 0; i < labels.size(); i++) {
            String problem = RelativePath.problem(labels.get(i));
            if (problem != null) {
                out.add(Rule.LABELS_PATH, Pointer.index(at, i), "expected a relative path inside the labels group, "
                        + "found \"" + labels.get(i) + "\" (" + problem + ")");
            }
        }
    }

    static void checkImageLabel(ImageLabel label, String at, Issues out) {
        if (label.colors() == null) {
            if (!label.extras().has("colors")) {
                out.add(Rule.LABEL_COLORS_MISSING, at, "expected \"colors\" for the label values, found none");
            }
        } else if (label.colors().isEmpty()) {
            out.add(Rule.LABEL_COLORS_EMPTY, Pointer.child(at, "colors"), "expected at least one color, found none");
        } else {
            checkColors(label.colors(), Pointer.child(at, "colors"), out);
        }
        if (label.properties() != null) {
            String p = Pointer.child(at, "properties");
            if (label.properties().isEmpty()) {
                out.add(Rule.LABEL_PROPERTIES_EMPTY, p, "expected at least one entry, found none");
            }
            unique(label.properties().stream().map(LabelProperties::labelValue).toList(), p,
                    Rule.LABEL_PROPERTIES_VALUE_UNIQUE, out);
        }
        if (label.source() != null && label.source().image() != null) {
            String problem = RelativePath.climbingProblem(label.source().image());
            if (problem != null) {
                out.add(Rule.LABEL_SOURCE_PATH, Pointer.child(Pointer.child(at, "source"), "image"),
                        "expected a relative path to the image group such as \"../../\", found \""
                                + label.source().image() + "\" (" + problem + ")");
            }
        }
    }

    private static void checkColors(List<LabelColor> colors, String at, Issues out) {
        for (int i = 0; i < colors.size(); i++) {
            List<Long> rgba = colors.get(i).rgba();
            if (rgba == null) {
                continue;
            }
            String p = Pointer.child(Pointer.index(at, i), "rgba");
            if (rgba.size() != 4) {
                out.add(Rule.LABEL_RGBA, p, "expected 4 integers (red, green, blue, alpha), found " + rgba.size());
            }
            for (int k = 0; k < rgba.size(); k++) {
                if (rgba.get(k) < 0 || rgba.get(k) > 255) {
                    out.add(Rule.LABEL_RGBA, Pointer.index(p, k), "expected an integer from 0 to 255, found "
                            + rgba.get(k));
                }
            }
        }
        unique(colors.stream().map(LabelColor::labelValue).toList(), at, Rule.LABEL_VALUE_UNIQUE, out);
    }

    private static void unique(List<Long> values, String at, Rule rule, Issues out) {
        Map<Long, Integer> first = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Long v = values.get(i);
            Integer previous = v == null ? null : first.putIfAbsent(v, i);
            if (previous != null) {
                out.add(rule, Pointer.child(Pointer.index(at, i), "label-value"), "expected unique label-values, found "
                        + v + " again (first at index " + previous + ")");
            }
        }
    }
}
