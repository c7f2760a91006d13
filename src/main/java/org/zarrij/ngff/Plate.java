package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zarrij.array.Json;

/**
 * The "plate" metadata of a high-content screening plate: its rows and columns (every physical one), the wells
 * present, and the acquisitions.
 *
 * @param fieldCount the most fields of view per well ({@code field_count})
 * @param version    the 0.4 version of the plate metadata; null in 0.5
 */
public record Plate(List<PlateAcquisition> acquisitions, List<PlateColumn> columns, Long fieldCount, String name,
                    List<PlateRow> rows, String version, List<PlateWell> wells, ObjectNode extras) {

    public Plate {
        acquisitions = acquisitions == null ? null : List.copyOf(acquisitions);
        columns = columns == null ? null : List.copyOf(columns);
        rows = rows == null ? null : List.copyOf(rows);
        wells = wells == null ? null : List.copyOf(wells);
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    public Plate withVersion(String newVersion) {
        return new Plate(acquisitions, columns, fieldCount, name, rows, newVersion, wells, extras);
    }

    static Plate parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "plate metadata");
        if (r == null) {
            return null;
        }
        List<PlateAcquisition> acquisitions = r.list("acquisitions", false, "a list of acquisitions",
                PlateAcquisition::parse);
        List<PlateColumn> columns = r.list("columns", true, "a list of columns", PlateColumn::parse);
        Long fieldCount = r.integer("field_count", false);
        String name = r.string("name", false);
        List<PlateRow> rows = r.list("rows", true, "a list of rows", PlateRow::parse);
        String version = r.string("version", false);
        List<PlateWell> wells = r.list("wells", true, "a list of wells", PlateWell::parse);
        return new Plate(acquisitions, columns, fieldCount, name, rows, version, wells, r.extras());
    }

    /** Fields in the order of the specification's examples (alphabetical). */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.putList(o, "acquisitions", acquisitions, PlateAcquisition::toJson);
        JsonOut.putList(o, "columns", columns, PlateColumn::toJson);
        JsonOut.put(o, "field_count", fieldCount);
        JsonOut.put(o, "name", name);
        JsonOut.putList(o, "rows", rows, PlateRow::toJson);
        JsonOut.put(o, "version", version);
        JsonOut.putList(o, "wells", wells, PlateWell::toJson);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
