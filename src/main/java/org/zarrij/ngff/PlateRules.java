package org.zarrij.ngff;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The rules of "plate" metadata: rows, columns, wells that match them, acquisitions. */
final class PlateRules {
    static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern WELL_PATH = Pattern.compile("[A-Za-z0-9]+/[A-Za-z0-9]+");

    private PlateRules() {
    }

    static void check(Plate plate, NgffVersion version, String at, Issues out) {
        if (plate.rows() != null) {
            checkNames(plate.rows(), PlateRow::name, "rows", Rule.PLATE_ROW_NAME_UNIQUE, at, out);
        }
        if (plate.columns() != null) {
            checkNames(plate.columns(), PlateColumn::name, "columns", Rule.PLATE_COLUMN_NAME_UNIQUE, at, out);
        }
        if (plate.wells() != null) {
            checkWells(plate, Pointer.child(at, "wells"), out);
        }
        if (plate.acquisitions() != null) {
            checkAcquisitions(plate.acquisitions(), Pointer.child(at, "acquisitions"), out);
        }
        if (plate.fieldCount() != null && plate.fieldCount() <= 0) {
            out.add(Rule.RANGE, Pointer.child(at, "field_count"), "expected a positive integer, found "
                    + plate.fieldCount());
        }
        if (plate.name() == null && !plate.extras().has("name")) {
            out.add(Rule.PLATE_NAME_MISSING, at, "expected a \"name\" for the plate, found none");
        }
        if (version == NgffVersion.V0_5 && plate.fieldCount() == null && !plate.extras().has("field_count")) {
            out.add(Rule.PLATE_FIELD_COUNT_MISSING, at, "expected \"field_count\", found none");
        }
    }

    private static <T> void checkNames(List<T> items, Function<T, String> name, String key, Rule unique, String at,
                                       Issues out) {
        String p = Pointer.child(at, key);
        if (items.isEmpty()) {
            out.add(Rule.PLATE_EMPTY, p, "expected every " + key.substring(0, key.length() - 1)
                    + " of the physical plate, found none");
        }
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> folded = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String n = name.apply(items.get(i));
            if (n == null) {
                continue;
            }
            String np = Pointer.child(Pointer.index(p, i), "name");
            if (!ALNUM.matcher(n).matches()) {
                out.add(Rule.PLATE_NAME_ALNUM, np, "expected only letters and digits, found \"" + n + "\"");
            }
            Integer first = exact.putIfAbsent(n, i);
            if (first != null) {
                out.add(unique, np, "expected unique names, found \"" + n + "\" again (first at " + key + "/" + first + ")");
                continue;
            }
            Integer sameFolded = folded.putIfAbsent(n.toLowerCase(Locale.ROOT), i);
            if (sameFolded != null) {
                out.add(Rule.PLATE_NAME_CASE, np, "expected names that differ in more than case, found \"" + n
                        + "\" and \"" + name.apply(items.get(sameFolded)) + "\" (they collide on case-insensitive "
                        + "file systems)");
            }
        }
    }

    private static void checkWells(Plate plate, String at, Issues out) {
        if (plate.wells().isEmpty()) {
            out.add(Rule.PLATE_EMPTY, at, "expected at least one well, found none");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < plate.wells().size(); i++) {
            PlateWell w = plate.wells().get(i);
            String p = Pointer.index(at, i);
            boolean pathOk = w.path() != null && WELL_PATH.matcher(w.path()).matches();
            if (w.path() != null && !pathOk) {
                out.add(Rule.PLATE_WELL_PATH, Pointer.child(p, "path"), "expected a row name, '/' and a column name "
                        + "(letters and digits, e.g. \"A/1\"), found \"" + w.path() + "\"");
            }
            String row = name(plate.rows(), w.rowIndex(), PlateRow::name, "rowIndex", "rows", p, out);
            String column = name(plate.columns(), w.columnIndex(), PlateColumn::name, "columnIndex", "columns", p, out);
            if (pathOk && row != null && column != null && !w.path().equals(row + "/" + column)) {
                out.add(Rule.PLATE_WELL_PATH_MATCH, Pointer.child(p, "path"), "expected \"" + row + "/" + column
                        + "\" (rows/" + w.rowIndex() + " and columns/" + w.columnIndex() + "), found \"" + w.path() + "\"");
            }
            Integer first = w.path() == null ? null : seen.putIfAbsent(w.path(), i);
            if (first != null) {
                out.add(Rule.PLATE_WELL_UNIQUE, Pointer.child(p, "path"), "expected each well once, found \"" + w.path()
                        + "\" again (first at wells/" + first + ")");
            }
        }
    }

    /** The name at a well's index into rows or columns, or null (after reporting an index out of range). */
    private static <T> String name(List<T> items, Long index, Function<T, String> name, String key, String listKey,
                                   String at, Issues out) {
        if (index == null) {
            return null;
        }
        if (index < 0) {
            out.add(Rule.RANGE, Pointer.child(at, key), "expected a 0-based index (>= 0), found " + index);
            return null;
        }
        if (items == null) {
            return null;
        }
        if (index >= items.size()) {
            out.add(Rule.PLATE_WELL_INDEX_RANGE, Pointer.child(at, key), "expected an index into " + listKey
                    + (items.isEmpty() ? " (which is empty)" : " (0 to " + (items.size() - 1) + ")") + ", found " + index);
            return null;
        }
        return name.apply(items.get(index.intValue()));
    }

    private static void checkAcquisitions(List<PlateAcquisition> acquisitions, String at, Issues out) {
        Map<Long, Integer> ids = new HashMap<>();
        for (int i = 0; i < acquisitions.size(); i++) {
            PlateAcquisition a = acquisitions.get(i);
            String p = Pointer.index(at, i);
            if (a.id() != null) {
                if (a.id() < 0) {
                    out.add(Rule.RANGE, Pointer.child(p, "id"), "expected an id >= 0, found " + a.id());
                }
                Integer first = ids.putIfAbsent(a.id(), i);
                if (first != null) {
                    out.add(Rule.PLATE_ACQUISITION_ID_UNIQUE, Pointer.child(p, "id"), "expected unique ids, found "
                            + a.id() + " again (first at acquisitions/" + first + ")");
                }
            }
            if (a.maximumfieldcount() != null && a.maximumfieldcount() <= 0) {
                out.add(Rule.RANGE, Pointer.child(p, "maximumfieldcount"), "expected a positive integer, found "
                        + a.maximumfieldcount());
            }
            nonNegative(a.starttime(), "starttime", p, out);
            nonNegative(a.endtime(), "endtime", p, out);
            if (a.name() == null && !a.extras().has("name")) {
                out.add(Rule.PLATE_ACQUISITION_NAME_MISSING, p, "expected a \"name\", found none");
            }
            if (a.maximumfieldcount() == null && !a.extras().has("maximumfieldcount")) {
                out.add(Rule.PLATE_ACQUISITION_FIELDS_MISSING, p, "expected \"maximumfieldcount\", found none");
            }
        }
    }

    private static void nonNegative(Long value, String key, String at, Issues out) {
        if (value != null && value < 0) {
            out.add(Rule.RANGE, Pointer.child(at, key), "expected an epoch timestamp >= 0, found " + value);
        }
    }
}
