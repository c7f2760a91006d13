package org.zarrij.ngff;

import java.util.regex.Pattern;

/** The SHOULDs of the transitional "omero" metadata (its types are checked when it is read). */
final class OmeroRules {
    private static final Pattern HEX_COLOR = Pattern.compile("[0-9A-Fa-f]{6}");

    private OmeroRules() {
    }

    static void check(Omero omero, String at, Issues out) {
        if (omero.channels() != null) {
            for (int i = 0; i < omero.channels().size(); i++) {
                String color = omero.channels().get(i).color();
                if (color != null && !HEX_COLOR.matcher(color).matches()) {
                    out.add(Rule.OMERO_COLOR_FORMAT, Pointer.child(Pointer.index(Pointer.child(at, "channels"), i),
                            "color"), "expected six hex digits RRGGBB such as \"0000FF\", found \"" + color + "\"");
                }
            }
        }
        if (omero.rdefs() != null && omero.rdefs().model() != null && !omero.rdefs().model().equals("color")
                && !omero.rdefs().model().equals("greyscale")) {
            out.add(Rule.OMERO_RDEFS_MODEL, Pointer.child(Pointer.child(at, "rdefs"), "model"),
                    "expected \"color\" or \"greyscale\", found \"" + omero.rdefs().model() + "\"");
        }
    }
}
