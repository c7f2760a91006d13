package org.zarrij.ngff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Where versions go and what they say. 0.4 objects (multiscales, image-label, plate, well) SHOULD each give
 * "0.4"; 0.5 gives "0.5" once, in ome/version (checked when read), and keeps OME-NGFF keys under "ome".
 */
final class VersionRules {
    private VersionRules() {
    }

    static void check(NgffMetadata m, String base, Issues out) {
        if (m.multiscales() != null) {
            List<Multiscale> ms = m.multiscales();
            for (int i = 0; i < ms.size(); i++) {
                object(m.version(), ms.get(i).version(), ms.get(i).extras(),
                        Pointer.index(Pointer.child(base, "multiscales"), i), out);
            }
        }
        if (m.imageLabel() != null) {
            object(m.version(), m.imageLabel().version(), m.imageLabel().extras(), Pointer.child(base, "image-label"), out);
        }
        if (m.plate() != null) {
            object(m.version(), m.plate().version(), m.plate().extras(), Pointer.child(base, "plate"), out);
        }
        if (m.well() != null) {
            object(m.version(), m.well().version(), m.well().extras(), Pointer.child(base, "well"), out);
        }
        if (m.version().namespaced()) {
            for (String key : NgffMetadata.KEYS) {
                if (m.otherAttributes().has(key)) {
                    out.add(Rule.OUTSIDE_NAMESPACE, Pointer.child("", key), "expected \"" + key + "\" under \"ome\" "
                            + "(0.5 readers ignore it here), found it outside");
                }
            }
        }
    }

    private static void object(NgffVersion docVersion, String version, ObjectNode extras, String at, Issues out) {
        String p = Pointer.child(at, "version");
        if (docVersion == NgffVersion.V0_5) {
            if (version == null) {
                return;
            }
            if (version.equals(NgffVersion.V0_5.text())) {
                out.add(Rule.VERSION_NESTED, p, "expected the version only in ome/version, found it here as well");
            } else {
                out.add(Rule.VERSION_CONSISTENT, p, "expected \"0.5\" like ome/version, found \"" + version + "\"");
            }
            return;
        }
        if (version == null) {
            if (!extras.has("version")) {
                out.add(Rule.VERSION_MISSING, at, "expected \"version\": \"0.4\", found none (read as 0.4)");
            }
        } else if (version.equals(NgffVersion.V0_5.text())) {
            out.add(Rule.VERSION_NAMESPACE, p, "expected \"0.4\" here; found \"0.5\", whose metadata belongs under "
                    + "\"ome\" in a Zarr v3 group");
        } else if (!version.equals(NgffVersion.V0_4.text())) {
            out.add(Rule.VERSION_SUPPORTED, p, "expected \"0.4\", found \"" + version
                    + "\" (this validator knows 0.4 and 0.5)");
        }
    }
}
