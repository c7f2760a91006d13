package org.zarrij.ngff;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zarrij.array.ZarrGroup;

/**
 * What "plate" and "well" say about the hierarchy: each well is a group with well metadata whose images name
 * the plate's acquisitions, and each well image is a multiscales group.
 */
final class PlateChecks {
    private PlateChecks() {
    }

    static void checkPlate(Hierarchy h, ZarrGroup plateGroup, NgffMetadata m) {
        Plate plate = m.plate();
        if (plate.wells() == null) {
            return;
        }
        Issues doc = h.in(plateGroup);
        String at = Pointer.child(Pointer.child(HierarchyValidator.base(m), "plate"), "wells");
        Set<Long> ids = new TreeSet<>();
        if (plate.acquisitions() != null) {
            plate.acquisitions().stream().map(PlateAcquisition::id).filter(id -> id != null).forEach(ids::add);
        }
        int acquisitions = plate.acquisitions() == null ? 0 : plate.acquisitions().size();
        for (int i = 0; i < plate.wells().size(); i++) {
            String path = plate.wells().get(i).path();
            if (path == null || !path.matches("[A-Za-z0-9]+/[A-Za-z0-9]+")) {
                continue; // reported by the document rules
            }
            String target = Hierarchy.join(plateGroup.path(), path);
            String p = Pointer.child(Pointer.index(at, i), "path");
            String row = Hierarchy.join(plateGroup.path(), path.substring(0, path.indexOf('/')));
            if (h.group(row).isEmpty()) {
                doc.add(Rule.PLATE_WELL_EXISTS, p, "expected a row group at \"" + row + "\" above the well, found none");
                continue;
            }
            Optional<ZarrGroup> wellGroup = h.group(target);
            Optional<NgffMetadata> wm = h.ngff(target);
            if (wellGroup.isEmpty() || wm.isEmpty() || wm.get().well() == null) {
                doc.add(Rule.PLATE_WELL_EXISTS, p, "expected a well group with \"well\" metadata at \"" + target
                        + "\", found " + (wellGroup.isEmpty() ? "no group" : "a group without well metadata"));
                continue;
            }
            checkAcquisitions(h.in(wellGroup.get()), wm.get(), ids, acquisitions);
        }
    }

    private static void checkAcquisitions(Issues wdoc, NgffMetadata wm, Set<Long> ids, int acquisitions) {
        Well well = wm.well();
        if (well.images() == null) {
            return;
        }
        String at = Pointer.child(Pointer.child(HierarchyValidator.base(wm), "well"), "images");
        for (int i = 0; i < well.images().size(); i++) {
            WellImage image = well.images().get(i);
            String p = Pointer.index(at, i);
            if (image.acquisition() == null) {
                if (acquisitions > 1 && !image.extras().has("acquisition")) {
                    wdoc.add(Rule.WELL_ACQUISITION_REQUIRED, p, "expected \"acquisition\" (the plate has "
                            + acquisitions + " acquisitions), found none");
                }
            } else if (!ids.contains(image.acquisition())) {
                wdoc.add(Rule.WELL_ACQUISITION_UNKNOWN, Pointer.child(p, "acquisition"), "expected one of the plate's "
                        + "acquisition ids " + ids + ", found " + image.acquisition());
            }
        }
    }

    static void checkWell(Hierarchy h, ZarrGroup wellGroup, NgffMetadata m) {
        Well well = m.well();
        if (well.images() == null) {
            return;
        }
        Issues doc = h.in(wellGroup);
        String at = Pointer.child(Pointer.child(HierarchyValidator.base(m), "well"), "images");
        for (int i = 0; i < well.images().size(); i++) {
            String path = well.images().get(i).path();
            if (path == null || !PlateRules.ALNUM.matcher(path).matches()) {
                continue;
            }
            String target = Hierarchy.join(wellGroup.path(), path);
            if (h.ngff(target).map(x -> x.multiscales() == null).orElse(true)) {
                doc.add(Rule.WELL_IMAGE_EXISTS, Pointer.child(Pointer.index(at, i), "path"), "expected an image group "
                        + "with multiscales at \"" + target + "\", found " + (h.group(target).isEmpty() ? "no group"
                        : "a group without multiscales"));
            }
        }
    }
}
