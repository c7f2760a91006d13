package org.zarrij.ngff;

import java.util.HashMap;
import java.util.Map;

/** The rules of "well" metadata: at least one image, paths alphanumeric and unique. */
final class WellRules {
    private WellRules() {
    }

    static void check(Well well, String at, Issues out) {
        if (well.images() == null) {
            return;
        }
        String p = Pointer.child(at, "images");
        if (well.images().isEmpty()) {
            out.add(Rule.WELL_IMAGES_EMPTY, p, "expected at least one field of view, found none");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < well.images().size(); i++) {
            String path = well.images().get(i).path();
            if (path == null) {
                continue;
            }
            String ip = Pointer.child(Pointer.index(p, i), "path");
            if (!PlateRules.ALNUM.matcher(path).matches()) {
                out.add(Rule.WELL_IMAGE_PATH, ip, "expected only letters and digits, found \"" + path + "\"");
            }
            Integer first = seen.putIfAbsent(path, i);
            if (first != null) {
                out.add(Rule.WELL_IMAGE_PATH_UNIQUE, ip, "expected unique paths, found \"" + path + "\" again (first at "
                        + "images/" + first + ")");
            }
        }
    }
}
