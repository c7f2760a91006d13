package org.zarrij.ngff;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zarrij.array.ZarrArray;
import org.zarrij.array.ZarrGroup;

/**
 * What "labels" and "image-label" say about the hierarchy: listed label images exist and are multiscale images
 * with integer data, as many levels and dimensions as their image; nothing but them carries metadata on the way.
 */
final class LabelChecks {
    private LabelChecks() {
    }

    /** A group with image-label: it is a multiscale image too, and its source (if given) names an image. */
    static void checkLabelGroup(Hierarchy h, ZarrGroup g, NgffMetadata m) {
        Issues doc = h.in(g);
        String at = Pointer.child(HierarchyValidator.base(m), "image-label");
        if (m.multiscales() == null && !m.extras().has("multiscales")) {
            doc.add(Rule.LABEL_MULTISCALES, at, "expected \"multiscales\" next to \"image-label\" (a label image is a "
                    + "multiscale image), found none");
        }
        LabelSource source = m.imageLabel().source();
        if (source == null || source.image() == null || RelativePath.climbingProblem(source.image()) != null) {
            return;
        }
        String p = Pointer.child(Pointer.child(at, "source"), "image");
        String image = RelativePath.resolve(g.path(), source.image());
        if (image == null) {
            doc.add(Rule.LABEL_SOURCE, p, "expected a path to the image group; \"" + source.image() + "\" climbs above "
                    + "the hierarchy being checked, so it was not followed");
        } else if (h.ngff(image).map(x -> x.multiscales() == null).orElse(true)) {
            doc.add(Rule.LABEL_SOURCE, p, "expected the image group (with multiscales) at \"" + image + "\", found "
                    + (h.group(image).isEmpty() ? "no group" : "a group without multiscales"));
        }
    }

    /** The "labels" group of an image, if it has one, MUST list its label images. */
    static void checkImageLabels(Hierarchy h, ZarrGroup image) {
        String path = Hierarchy.join(image.path(), "labels");
        Optional<ZarrGroup> labels = h.group(path);
        if (labels.isEmpty()) {
            return;
        }
        Optional<NgffMetadata> m = h.ngff(path);
        if (m.isEmpty() || (m.get().labels() == null && !m.get().extras().has("labels"))) {
            h.in(labels.get()).add(Rule.LABELS_KEY, m.map(HierarchyValidator::base).orElse(""),
                    "expected \"labels\" (the paths of the label images) in the labels group of the image, found none");
        }
    }

    /** A "labels" group: its listed label images, and the label images under it that it does not list. */
    static void checkLabelsGroup(Hierarchy h, ZarrGroup labels, NgffMetadata m) {
        Issues doc = h.in(labels);
        String at = Pointer.child(HierarchyValidator.base(m), "labels");
        String parent = parent(labels.path());
        Optional<ZarrGroup> imageGroup = parent == null ? Optional.empty() : h.group(parent);
        Optional<Multiscale> image = parent == null ? Optional.empty() : h.ngff(parent)
                .filter(x -> x.multiscales() != null && !x.multiscales().isEmpty()).map(x -> x.multiscales().get(0));
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < m.labels().size(); i++) {
            String target = Hierarchy.below(labels.path(), m.labels().get(i));
            if (target == null) {
                continue;
            }
            listed.add(target);
            Optional<ZarrGroup> label = h.group(target);
            if (label.isEmpty()) {
                doc.add(Rule.LABELS_EXISTS, Pointer.index(at, i), "expected a label image group at \"" + target
                        + "\", found " + (h.open(target).isEmpty() ? "nothing" : "an array"));
                continue;
            }
            checkIntermediates(h, labels.path(), target);
            checkListedLabel(h, label.get(), i, imageGroup.orElse(null), image.orElse(null));
        }
        for (ZarrGroup g : h.groups()) {
            if (g.path().startsWith(labels.path().isEmpty() ? "" : labels.path() + "/") && !listed.contains(g.path())
                    && !g.path().equals(labels.path())
                    && h.ngff(g.path()).map(x -> x.imageLabel() != null).orElse(false)) {
                doc.add(Rule.LABELS_UNLISTED, at, "expected every label image listed, found \"" + g.path()
                        + "\" (with image-label) not listed");
            }
        }
    }

    /** Groups between "labels" and a label image MUST NOT carry metadata. */
    private static void checkIntermediates(Hierarchy h, String labels, String target) {
        String rest = target.substring(labels.isEmpty() ? 0 : labels.length() + 1);
        String path = labels;
        String[] parts = rest.split("/");
        for (int k = 0; k < parts.length - 1; k++) {
            path = Hierarchy.join(path, parts[k]);
            Optional<ZarrGroup> mid = h.group(path);
            if (mid.isPresent() && NgffMetadata.present(mid.get().attributes())) {
                h.in(mid.get()).add(Rule.LABELS_INTERMEDIATE, "", "expected no OME-NGFF metadata in a group between "
                        + "labels and the label image \"" + target + "\", found some");
            }
        }
    }

    private static void checkListedLabel(Hierarchy h, ZarrGroup label, int index, ZarrGroup imageGroup,
                                         Multiscale image) {
        Optional<NgffMetadata> lm = h.ngff(label.path());
        Issues ldoc = h.in(label);
        String base = lm.map(HierarchyValidator::base).orElse("");
        if (lm.isEmpty() || lm.get().multiscales() == null) {
            if (lm.isEmpty() || lm.get().imageLabel() == null) { // else reported with the image-label group
                ldoc.add(Rule.LABEL_MULTISCALES, base, "expected multiscales metadata in the label image listed at "
                        + "labels/" + index + ", found none");
            }
            return;
        }
        if (lm.get().imageLabel() == null && !lm.get().extras().has("image-label")) {
            ldoc.add(Rule.LABEL_IMAGE_LABEL_MISSING, base, "expected \"image-label\" metadata in the label image, "
                    + "found none");
        }
        if (lm.get().multiscales().isEmpty()) {
            return;
        }
        Multiscale ms = lm.get().multiscales().get(0);
        String at = Pointer.child(Pointer.index(Pointer.child(base, "multiscales"), 0), "datasets");
        List<ZarrArray> arrays = ImageChecks.arrays(h, label, ms);
        for (int i = 0; i < arrays.size(); i++) {
            ZarrArray a = arrays.get(i);
            if (a != null && !a.dataType().isInteger()) {
                ldoc.add(Rule.LABEL_DTYPE, Pointer.child(Pointer.index(at, i), "path"), "expected an integer data type "
                        + "(uint8, int8, uint16, int16, uint32, int32, uint64 or int64), found " + a.dataType().v3Name()
                        + " in array \"" + a.path() + "\"");
            }
        }
        if (image != null && imageGroup != null) {
            compareWithImage(h, ldoc, at, arrays, ms, imageGroup, image);
        }
    }

    private static void compareWithImage(Hierarchy h, Issues ldoc, String at, List<ZarrArray> arrays, Multiscale ms,
                                         ZarrGroup imageGroup, Multiscale image) {
        if (image.datasets() != null && ms.datasets().size() != image.datasets().size()) {
            ldoc.add(Rule.LABEL_LEVELS, at, "expected " + image.datasets().size() + " datasets like the image at \""
                    + imageGroup.path() + "\", found " + ms.datasets().size());
        }
        List<ZarrArray> imageArrays = ImageChecks.arrays(h, imageGroup, image);
        for (int i = 0; i < Math.min(arrays.size(), imageArrays.size()); i++) {
            ZarrArray label = arrays.get(i);
            ZarrArray img = imageArrays.get(i);
            if (label == null || img == null) {
                continue;
            }
            String p = Pointer.child(Pointer.index(at, i), "path");
            if (label.rank() != img.rank()) {
                ldoc.add(Rule.LABEL_RANK, p, "expected " + img.rank() + " dimensions like the image array \"" + img.path()
                        + "\", found " + label.rank());
                return;
            }
            for (int k = 0; k < label.rank(); k++) {
                if (label.shape()[k] != img.shape()[k] && label.shape()[k] != 1) {
                    ldoc.add(Rule.LABEL_SHAPE, p, "expected each dimension equal to the image's " + Arrays.toString(
                            img.shape()) + " or 1, found " + Arrays.toString(label.shape()));
                    break;
                }
            }
        }
    }

    private static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
