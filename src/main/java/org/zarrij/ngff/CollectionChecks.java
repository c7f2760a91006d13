package org.zarrij.ngff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zarrij.array.ZarrGroup;

/**
 * What "bioformats2raw.layout" says about the hierarchy: images are found through OME/series, through the plate,
 * or in groups numbered from 0; OME/METADATA.ome.xml describes them with MetadataOnly.
 */
final class CollectionChecks {
    static final String OME_XML = "OME/METADATA.ome.xml";
    private static final Pattern BINARY_ELEMENT = Pattern.compile("<(?:[A-Za-z0-9_]+:)?(BinData|BinaryOnly|TiffData)\\b");
    private static final Pattern IMAGE_ELEMENT = Pattern.compile("<(?:[A-Za-z0-9_]+:)?Image(?=[\\s>/])");

    private CollectionChecks() {
    }

    static void check(Hierarchy h, ZarrGroup top, NgffMetadata m) {
        Issues doc = h.in(top);
        String at = Pointer.child(HierarchyValidator.base(m), "bioformats2raw.layout");
        String xml = omeXml(h, top, doc, at);
        if (m.plate() != null) {
            return; // the plate says where the images are
        }
        String omePath = Hierarchy.join(top.path(), "OME");
        Optional<NgffMetadata> ome = h.ngff(omePath);
        if (ome.isPresent() && ome.get().series() != null) {
            Issues omeDoc = h.in(h.group(omePath).orElseThrow());
            String sp = Pointer.child(HierarchyValidator.base(ome.get()), "series");
            for (int i = 0; i < ome.get().series().size(); i++) {
                String target = Hierarchy.below(top.path(), ome.get().series().get(i));
                if (target != null && h.ngff(target).map(x -> x.multiscales() == null).orElse(true)) {
                    omeDoc.add(Rule.BF2RAW_SERIES_EXISTS, Pointer.index(sp, i), "expected an image group with "
                            + "multiscales at \"" + target + "\", found none");
                }
            }
            checkImageCount(h, top, xml, ome.get().series().size());
            return;
        }
        checkImageCount(h, top, xml, checkNumbering(h, top, doc, at));
    }

    /** Every image group is exactly one OME-XML Image, so there are as many of both. */
    private static void checkImageCount(Hierarchy h, ZarrGroup top, String xml, int images) {
        if (xml == null) {
            return;
        }
        int elements = 0;
        for (Matcher m = IMAGE_ELEMENT.matcher(xml); m.find(); ) {
            elements++;
        }
        if (elements != images) {
            h.issues().in(Hierarchy.join(top.path(), OME_XML), "").add(Rule.BF2RAW_IMAGE_COUNT, "", "expected one "
                    + "<Image> per image group of the collection (" + images + "), found " + elements);
        }
    }

    /** Without series or plate, the images are in groups "0", "1", ... with no gap. Returns how many there are. */
    private static int checkNumbering(Hierarchy h, ZarrGroup top, Issues doc, String at) {
        TreeSet<Long> numbers = new TreeSet<>();
        for (ZarrGroup g : h.groups()) {
            String name = g.path().substring(top.path().isEmpty() ? 0 : top.path().length() + 1);
            if (g.path().equals(top.path()) || name.contains("/") || !name.matches("0|[1-9][0-9]{0,8}")) {
                continue;
            }
            if (h.ngff(g.path()).map(x -> x.multiscales() != null).orElse(false)) {
                numbers.add(Long.parseLong(name));
            }
        }
        List<Long> missing = new ArrayList<>();
        long expected = 0;
        for (long n : numbers) {
            while (expected < n && missing.size() < 5) {
                missing.add(expected++);
            }
            expected = n + 1;
        }
        if (numbers.isEmpty()) {
            doc.add(Rule.BF2RAW_NUMBERING, at, "expected images in groups \"0\", \"1\", ... (no OME/series and no plate), "
                    + "found none");
        } else if (!missing.isEmpty()) {
            doc.add(Rule.BF2RAW_NUMBERING, at, "expected images in consecutively numbered groups from \"0\", found "
                    + "groups " + numbers + " (missing " + missing + ")");
        }
        return numbers.size();
    }

    /** The text of OME/METADATA.ome.xml (null when missing), checked for binary pixel data. */
    private static String omeXml(Hierarchy h, ZarrGroup top, Issues doc, String at) {
        String key = Hierarchy.join(top.path(), OME_XML);
        Optional<byte[]> bytes = h.store().get(key);
        if (bytes.isEmpty()) {
            doc.add(Rule.BF2RAW_OME_XML, at, "expected the OME-XML of the collection at \"" + key + "\", found none");
            return null;
        }
        String xml = new String(bytes.get(), StandardCharsets.UTF_8);
        Matcher binary = BINARY_ELEMENT.matcher(xml);
        if (binary.find()) {
            h.issues().in(key, "").add(Rule.BF2RAW_OME_XML_METADATA_ONLY, "", "expected <MetadataOnly/> pixel "
                    + "elements, found <" + binary.group(1) + ">");
        }
        return xml;
    }
}
