package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.zarrij.array.Json;

/**
 * One multiscale image: its axes, its resolution levels (datasets, highest resolution first) and
 * transformations applied to all levels.
 *
 * @param version  the per-image version of 0.4 ({@code "0.4"}); null in 0.5, where the version is in {@code ome}
 * @param type     the downscaling method, e.g. "gaussian"
 * @param metadata free-form details of the downscaling
 */
public record Multiscale(String version, String name, List<Axis> axes, List<Dataset> datasets,
                         List<CoordinateTransformation> coordinateTransformations, String type, ObjectNode metadata,
                         ObjectNode extras) {

    public Multiscale {
        axes = axes == null ? null : List.copyOf(axes);
        datasets = datasets == null ? null : List.copyOf(datasets);
        coordinateTransformations = coordinateTransformations == null ? null : List.copyOf(coordinateTransformations);
        metadata = metadata == null ? null : metadata.deepCopy();
        extras = JsonOut.copy(extras);
    }

    @Override
    public ObjectNode metadata() {
        return metadata == null ? null : metadata.deepCopy();
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    public Multiscale withVersion(String newVersion) {
        return new Multiscale(newVersion, name, axes, datasets, coordinateTransformations, type, metadata, extras);
    }

    public List<String> axisNames() {
        return axes == null ? List.of() : axes.stream().map(Axis::name).toList();
    }

    /**
     * The physical size of one pixel of level {@code level} per axis: the level's scale times the scale shared by
     * all levels (1 where none is given inline).
     */
    public double[] pixelSize(int level) {
        int n = axes == null ? 0 : axes.size();
        double[] size = new double[n];
        Arrays.fill(size, 1.0);
        multiply(size, datasets.get(level).coordinateTransformations());
        multiply(size, coordinateTransformations);
        return size;
    }

    private static void multiply(double[] size, List<CoordinateTransformation> cts) {
        if (cts == null) {
            return;
        }
        for (CoordinateTransformation ct : cts) {
            if (ct instanceof CoordinateTransformation.Scale s && s.scale() != null && s.scale().size() == size.length) {
                double[] v = s.values();
                for (int i = 0; i < size.length; i++) {
                    size[i] *= v[i];
                }
            }
        }
    }

    static Multiscale parse(JsonNode node, String pointer, ParseContext ctx) {
        FieldReader r = FieldReader.of(node, pointer, ctx, "a multiscale image");
        if (r == null) {
            return null;
        }
        String version = r.string("version", false);
        String name = r.string("name", false);
        List<Axis> axes = r.list("axes", true, "a list of axes", Axis::parse);
        List<Dataset> datasets = r.list("datasets", true, "a list of datasets", Dataset::parse);
        List<CoordinateTransformation> cts = r.list("coordinateTransformations", false,
                "a list of coordinate transformations", CoordinateTransformation::parse);
        String type = r.string("type", false);
        ObjectNode metadata = r.object("metadata", false);
        return new Multiscale(version, name, axes, datasets, cts, type, metadata, r.extras());
    }

    /** Fields in the order of the specification's example: version, name, axes, datasets, transformations, type, metadata. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        JsonOut.put(o, "version", version);
        JsonOut.put(o, "name", name);
        JsonOut.putList(o, "axes", axes, Axis::toJson);
        JsonOut.putList(o, "datasets", datasets, Dataset::toJson);
        JsonOut.putList(o, "coordinateTransformations", coordinateTransformations, CoordinateTransformation::toJson);
        JsonOut.put(o, "type", type);
        JsonOut.put(o, "metadata", metadata);
        JsonOut.putExtras(o, extras);
        return o;
    }
}
