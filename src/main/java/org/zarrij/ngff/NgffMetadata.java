package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.zarrij.array.Json;

/**
 * All OME-NGFF metadata of one Zarr group, in one model for both versions; {@link #version()} says which. 0.4
 * keeps it directly in the group's attributes (and a version in each versioned object), 0.5 under the
 * {@code ome} key (with one version). Reading is lenient and keeps everything it does not model, so writing back
 * loses nothing; {@link NgffValidator} reports what is wrong.
 *
 * @param bioformats2rawLayout the transitional "bioformats2raw.layout" (3), or null
 * @param labels               the paths of a "labels" group's label images, or null
 * @param series               the image paths of a bioformats2raw "OME" group, or null
 * @param extras               other keys: other attributes in 0.4, other keys under "ome" in 0.5
 * @param otherAttributes      0.5 only: the group's attributes outside "ome"
 */
public record NgffMetadata(NgffVersion version, Long bioformats2rawLayout, List<Multiscale> multiscales, Omero omero,
                           List<String> labels, ImageLabel imageLabel, Plate plate, Well well, List<String> series,
                           ObjectNode extras, ObjectNode otherAttributes) {

    /** The attribute keys OME-NGFF defines (under "ome" in 0.5). */
    static final List<String> KEYS = List.of("bioformats2raw.layout", "multiscales", "omero", "labels", "image-label",
            "plate", "well", "series");

    public NgffMetadata {
        if (version == null) {
            throw new IllegalArgumentException("an OME-NGFF version is required");
        }
        multiscales = multiscales == null ? null : List.copyOf(multiscales);
        labels = labels == null ? null : List.copyOf(labels);
        series = series == null ? null : List.copyOf(series);
        extras = JsonOut.copy(extras);
        otherAttributes = JsonOut.copy(otherAttributes);
    }

    /** Metadata of {@code version} with nothing in it yet. */
    public static NgffMetadata empty(NgffVersion version) {
        return new NgffMetadata(version, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads the OME-NGFF metadata in a group's attributes, leniently (problems are ignored here; see
     * {@link NgffValidator}). Empty when the attributes hold none.
     */
    public static Optional<NgffMetadata> read(ObjectNode attributes) {
        if (!present(attributes)) {
            return Optional.empty();
        }
        return Optional.ofNullable(parse(attributes, new Issues()));
    }

    /** True when {@code attributes} has an "ome" key or any of the 0.4 keys. */
    static boolean present(JsonNode attributes) {
        if (attributes == null || !attributes.isObject()) {
            return false;
        }
        return attributes.has("ome") || KEYS.stream().anyMatch(attributes::has);
    }

    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    @Override
    public ObjectNode otherAttributes() {
        return otherAttributes.deepCopy();
    }

    /** Reads attributes, recording findings of parsing (types, required fields, versions); null when not an object. */
    static NgffMetadata parse(JsonNode attributes, Issues issues) {
        if (!(attributes instanceof ObjectNode a)) {
            issues.add(Rule.TYPE, "", "expected the group attributes (a JSON object), found " + Json.kind(attributes));
            return null;
        }
        JsonNode ome = a.get("ome");
        if (ome == null) {
            ParseContext ctx = new ParseContext(issues, NgffVersion.V0_4);
            return readKeys(FieldReader.of(a, "", ctx, "the group attributes"), NgffVersion.V0_4, null);
        }
        ObjectNode outside = a.deepCopy();
        outside.remove("ome");
        ParseContext ctx = new ParseContext(issues, NgffVersion.V0_5);
        FieldReader r = FieldReader.of(ome, "/ome", ctx, "the OME-Zarr metadata");
        if (r == null) {
            return null;
        }
        String version = r.string("version", true);
        if (version != null && !version.equals(NgffVersion.V0_5.text())) {
            if (version.equals(NgffVersion.V0_4.text())) {
                issues.add(Rule.VERSION_NAMESPACE, "/ome/version", "expected \"0.5\" under \"ome\" (0.4 metadata is "
                        + "stored directly in .zattrs, without \"ome\"), found \"0.4\"");
            } else {
                issues.add(Rule.VERSION_SUPPORTED, "/ome/version", "expected \"0.5\", found \"" + version
                        + "\" (this validator knows 0.4 and 0.5)");
            }
        }
        return readKeys(r, NgffVersion.V0_5, outside);
    }

    private static NgffMetadata readKeys(FieldReader r, NgffVersion version, ObjectNode outside) {
        Long layout = r.integer("bioformats2raw.layout", false);
        List<Multiscale> multiscales = r.list("multiscales", false, "a list of multiscale images", Multiscale::parse);
        Omero omero = r.child("omero", false, "omero metadata", Omero::parse);
        List<String> labels = r.strings("labels", false);
        ImageLabel imageLabel = r.child("image-label", false, "image-label metadata", ImageLabel::parse);
        Plate plate = r.child("plate", false, "plate metadata", Plate::parse);
        Well well = r.child("well", false, "well metadata", Well::parse);
        List<String> series = r.strings("series", false);
        if (version.namespaced()) {
            r.consume("version");
        }
        return new NgffMetadata(version, layout, multiscales, omero, labels, imageLabel, plate, well, series,
                r.extras(), outside);
    }

    /** The group attributes holding this metadata: fields in a fixed order, then the extras as they were read. */
    public ObjectNode toAttributes() {
        ObjectNode attributes = Json.object();
        ObjectNode target = attributes;
        if (version.namespaced()) {
            target = attributes.putObject("ome");
            target.put("version", version.text());
        }
        JsonOut.put(target, "bioformats2raw.layout", bioformats2rawLayout);
        JsonOut.putList(target, "multiscales", multiscales, Multiscale::toJson);
        if (omero != null) {
            target.set("omero", omero.toJson());
        }
        JsonOut.putStrings(target, "labels", labels);
        if (imageLabel != null) {
            target.set("image-label", imageLabel.toJson());
        }
        if (plate != null) {
            target.set("plate", plate.toJson());
        }
        if (well != null) {
            target.set("well", well.toJson());
        }
        JsonOut.putStrings(target, "series", series);
        JsonOut.putExtras(target, extras);
        if (version.namespaced()) {
            JsonOut.putExtras(attributes, otherAttributes);
        }
        return attributes;
    }

    /** The attributes as JSON bytes: deterministic, so equal models give identical bytes. */
    public byte[] write() {
        return Json.write(toAttributes());
    }

    /**
     * The same metadata in another version: to 0.5 the per-object versions are dropped (0.5 has one, in "ome")
     * and the other attributes stay outside "ome"; to 0.4 multiscales, image-label, plate and well get "0.4".
     */
    public NgffMetadata convertTo(NgffVersion target) {
        if (target == version) {
            return this;
        }
        String v = target == NgffVersion.V0_4 ? NgffVersion.V0_4.text() : null;
        List<Multiscale> ms = multiscales == null ? null : multiscales.stream().map(m -> m.withVersion(v)).toList();
        ImageLabel il = imageLabel == null ? null : imageLabel.withVersion(v);
        Plate p = plate == null ? null : plate.withVersion(v);
        Well w = well == null ? null : well.withVersion(v);
        ObjectNode newExtras = target.namespaced() ? Json.object() : otherAttributes.deepCopy();
        ObjectNode newOther = target.namespaced() ? extras.deepCopy() : Json.object();
        if (!target.namespaced()) {
            JsonOut.putExtras(newExtras, extras);
        }
        return new NgffMetadata(target, bioformats2rawLayout, ms, omero, labels, il, p, w, series, newExtras, newOther);
    }

    /** 0.5: the same metadata with the unknown keys of "ome" moved among the attributes outside it. */
    public NgffMetadata withExtrasOutside() {
        if (!version.namespaced()) {
            return this;
        }
        ObjectNode outside = extras.deepCopy();
        JsonOut.putExtras(outside, otherAttributes);
        return new NgffMetadata(version, bioformats2rawLayout, multiscales, omero, labels, imageLabel, plate, well,
                series, null, outside);
    }

    public NgffMetadata withMultiscales(List<Multiscale> value) {
        return new NgffMetadata(version, bioformats2rawLayout, value, omero, labels, imageLabel, plate, well, series,
                extras, otherAttributes);
    }

    public NgffMetadata withOmero(Omero value) {
        return new NgffMetadata(version, bioformats2rawLayout, multiscales, value, labels, imageLabel, plate, well,
                series, extras, otherAttributes);
    }

    public NgffMetadata withLabels(List<String> value) {
        return new NgffMetadata(version, bioformats2rawLayout, multiscales, omero, value, imageLabel, plate, well,
                series, extras, otherAttributes);
    }

    public NgffMetadata withImageLabel(ImageLabel value) {
        return new NgffMetadata(version, bioformats2rawLayout, multiscales, omero, labels, value, plate, well, series,
                extras, otherAttributes);
    }

    public NgffMetadata withPlate(Plate value) {
        return new NgffMetadata(version, bioformats2rawLayout, multiscales, omero, labels, imageLabel, value, well,
                series, extras, otherAttributes);
    }

    public NgffMetadata withWell(Well value) {
        return new NgffMetadata(version, bioformats2rawLayout, multiscales, omero, labels, imageLabel, plate, value,
                series, extras, otherAttributes);
    }
}
