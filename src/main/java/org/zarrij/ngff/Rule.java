package org.zarrij.ngff;

import static org.zarrij.ngff.Severity.ERROR;
import static org.zarrij.ngff.Severity.WARNING;

/**
 * Every check the validator makes, with a stable identifier. Errors are the MUSTs and MUST NOTs of the
 * OME-NGFF 0.4 and 0.5 specifications (and of their JSON schemas), warnings the SHOULDs. Document rules need
 * only an attributes document; hierarchy rules need the Zarr hierarchy around it.
 */
public enum Rule {
    // --- the document itself
    JSON_SYNTAX("JSON-SYNTAX", ERROR, Scope.DOCUMENT, "the document is valid UTF-8 JSON (no comments, nothing after it)"),
    DOCUMENT_SIZE("DOCUMENT-SIZE", ERROR, Scope.DOCUMENT, "an attributes document is at most 64 MiB"),
    TYPE("TYPE", ERROR, Scope.DOCUMENT, "every field has the JSON type the specification gives it"),
    REQUIRED("REQUIRED", ERROR, Scope.DOCUMENT, "every required field is present"),
    RANGE("RANGE", ERROR, Scope.DOCUMENT, "numbers lie in their allowed range (indices and ids >= 0, counts > 0)"),
    NGFF_NONE("NGFF-NONE", ERROR, Scope.DOCUMENT, "the document holds OME-NGFF metadata"),
    // --- versions
    VERSION_SUPPORTED("VERSION-SUPPORTED", ERROR, Scope.DOCUMENT, "the version is 0.4 (in .zattrs) or 0.5 (under \"ome\")"),
    VERSION_NAMESPACE("VERSION-NAMESPACE", ERROR, Scope.DOCUMENT,
            "0.5 metadata is under the \"ome\" key, 0.4 metadata directly in the attributes"),
    VERSION_CONSISTENT("VERSION-CONSISTENT", ERROR, Scope.DOCUMENT, "one OME-NGFF version throughout a document and a hierarchy"),
    VERSION_MISSING("VERSION-MISSING", WARNING, Scope.DOCUMENT, "0.4 objects (multiscales, image-label, plate, well) give their version"),
    VERSION_NESTED("VERSION-NESTED", WARNING, Scope.DOCUMENT, "0.5 gives the version once, in ome/version"),
    OUTSIDE_NAMESPACE("OUTSIDE-NAMESPACE", WARNING, Scope.DOCUMENT,
            "0.5 readers ignore OME-NGFF keys outside \"ome\""),
    // --- axes
    AXES_COUNT("AXES-COUNT", ERROR, Scope.DOCUMENT, "an image has 2 to 5 axes"),
    AXES_NAME_UNIQUE("AXES-NAME-UNIQUE", ERROR, Scope.DOCUMENT, "axis names are unique"),
    AXES_SPACE_COUNT("AXES-SPACE-COUNT", ERROR, Scope.DOCUMENT, "an image has 2 or 3 axes of type space"),
    AXES_TIME_COUNT("AXES-TIME-COUNT", ERROR, Scope.DOCUMENT, "an image has at most one axis of type time"),
    AXES_CHANNEL_COUNT("AXES-CHANNEL-COUNT", ERROR, Scope.DOCUMENT,
            "an image has at most one channel, custom or untyped axis"),
    AXES_ORDER("AXES-ORDER", ERROR, Scope.DOCUMENT, "axes are ordered time, then channel or custom, then space"),
    AXES_SPACE_ZYX("AXES-SPACE-ZYX", WARNING, Scope.DOCUMENT, "three space axes x, y, z are ordered z, y, x"),
    AXIS_TYPE_MISSING("AXIS-TYPE-MISSING", WARNING, Scope.DOCUMENT, "every axis has a type"),
    AXIS_TYPE_CUSTOM("AXIS-TYPE-CUSTOM", WARNING, Scope.DOCUMENT, "axis types are space, time or channel"),
    AXIS_UNIT_MISSING("AXIS-UNIT-MISSING", WARNING, Scope.DOCUMENT, "space and time axes have a unit"),
    AXIS_UNIT_UNKNOWN("AXIS-UNIT-UNKNOWN", WARNING, Scope.DOCUMENT, "units are from the specification's UDUNITS-2 lists"),
    // --- multiscales and their datasets
    MULTISCALES_EMPTY("MULTISCALES-EMPTY", ERROR, Scope.DOCUMENT, "multiscales lists at least one image"),
    DATASETS_EMPTY("DATASETS-EMPTY", ERROR, Scope.DOCUMENT, "a multiscale image has at least one dataset"),
    DATASET_PATH("DATASET-PATH", ERROR, Scope.DOCUMENT,
            "dataset paths are relative paths inside the group (no leading '/', no '..', '.' or empty segments)"),
    DATASET_PATH_DUPLICATE("DATASET-PATH-DUPLICATE", WARNING, Scope.DOCUMENT, "each resolution level has its own array"),
    DATASETS_SCALE_ORDER("DATASETS-SCALE-ORDER", ERROR, Scope.DOCUMENT,
            "datasets go from highest to lowest resolution: scales never decrease from one level to the next"),
    MULTISCALE_NAME_MISSING("MULTISCALE-NAME-MISSING", WARNING, Scope.DOCUMENT, "a multiscale image has a name"),
    MULTISCALE_TYPE_MISSING("MULTISCALE-TYPE-MISSING", WARNING, Scope.DOCUMENT,
            "a multiscale image names its downscaling type"),
    MULTISCALE_METADATA_MISSING("MULTISCALE-METADATA-MISSING", WARNING, Scope.DOCUMENT,
            "a multiscale image describes its downscaling in metadata"),
    // --- coordinate transformations
    CT_TYPE("CT-TYPE", ERROR, Scope.DOCUMENT, "a transformation's type is identity, translation or scale"),
    CT_ALLOWED("CT-ALLOWED", ERROR, Scope.DOCUMENT, "multiscales transformations are only scale and translation"),
    CT_FIELDS("CT-FIELDS", ERROR, Scope.DOCUMENT, "a scale or translation gives exactly one of its vector and a path"),
    CT_SCALE_COUNT("CT-SCALE-COUNT", ERROR, Scope.DOCUMENT, "exactly one scale transformation"),
    CT_TRANSLATION_COUNT("CT-TRANSLATION-COUNT", ERROR, Scope.DOCUMENT, "at most one translation"),
    CT_ORDER("CT-ORDER", ERROR, Scope.DOCUMENT, "a translation comes after the scale"),
    CT_LENGTH("CT-LENGTH", ERROR, Scope.DOCUMENT, "scale and translation vectors have one value per axis"),
    CT_PATH_UNCHECKED("CT-PATH-UNCHECKED", WARNING, Scope.DOCUMENT,
            "vectors stored as binary data at a path cannot be checked"),
    // --- omero
    OMERO_COLOR_FORMAT("OMERO-COLOR-FORMAT", WARNING, Scope.DOCUMENT, "channel colors are six hex digits RRGGBB"),
    OMERO_RDEFS_MODEL("OMERO-RDEFS-MODEL", WARNING, Scope.DOCUMENT, "rdefs model is \"color\" or \"greyscale\""),
    // --- labels and image-label
    LABELS_PATH("LABELS-PATH", ERROR, Scope.DOCUMENT, "labels lists relative paths inside the labels group"),
    LABEL_COLORS_EMPTY("LABEL-COLORS-EMPTY", ERROR, Scope.DOCUMENT, "image-label colors is a non-empty list"),
    LABEL_PROPERTIES_EMPTY("LABEL-PROPERTIES-EMPTY", ERROR, Scope.DOCUMENT, "image-label properties is a non-empty list"),
    LABEL_VALUE_UNIQUE("LABEL-VALUE-UNIQUE", ERROR, Scope.DOCUMENT, "label-values in colors are unique"),
    LABEL_PROPERTIES_VALUE_UNIQUE("LABEL-PROPERTIES-VALUE-UNIQUE", WARNING, Scope.DOCUMENT,
            "label-values in properties are unique"),
    LABEL_RGBA("LABEL-RGBA", ERROR, Scope.DOCUMENT, "rgba is four integers between 0 and 255"),
    LABEL_SOURCE_PATH("LABEL-SOURCE-PATH", ERROR, Scope.DOCUMENT, "source/image is a relative path"),
    LABEL_COLORS_MISSING("LABEL-COLORS-MISSING", WARNING, Scope.DOCUMENT, "image-label has colors"),
    LABEL_MULTISCALES_FRAGMENT("LABEL-MULTISCALES-FRAGMENT", WARNING, Scope.DOCUMENT,
            "an image-label group also holds multiscales (an error when validating a hierarchy)"),
    // --- plates and wells
    PLATE_EMPTY("PLATE-EMPTY", ERROR, Scope.DOCUMENT, "plate rows, columns and wells are non-empty lists"),
    PLATE_NAME_ALNUM("PLATE-NAME-ALNUM", ERROR, Scope.DOCUMENT, "row and column names are alphanumeric"),
    PLATE_ROW_NAME_UNIQUE("PLATE-ROW-NAME-UNIQUE", ERROR, Scope.DOCUMENT, "row names are unique"),
    PLATE_COLUMN_NAME_UNIQUE("PLATE-COLUMN-NAME-UNIQUE", ERROR, Scope.DOCUMENT, "column names are unique"),
    PLATE_NAME_CASE("PLATE-NAME-CASE", WARNING, Scope.DOCUMENT,
            "row and column names do not collide on case-insensitive file systems"),
    PLATE_WELL_PATH("PLATE-WELL-PATH", ERROR, Scope.DOCUMENT, "a well path is a row name, '/', and a column name"),
    PLATE_WELL_INDEX_RANGE("PLATE-WELL-INDEX-RANGE", ERROR, Scope.DOCUMENT, "rowIndex and columnIndex index rows and columns"),
    PLATE_WELL_PATH_MATCH("PLATE-WELL-PATH-MATCH", ERROR, Scope.DOCUMENT,
            "a well's path, rowIndex and columnIndex name the same row and column"),
    PLATE_WELL_UNIQUE("PLATE-WELL-UNIQUE", ERROR, Scope.DOCUMENT, "each well is listed once"),
    PLATE_ACQUISITION_ID_UNIQUE("PLATE-ACQUISITION-ID-UNIQUE", ERROR, Scope.DOCUMENT, "acquisition ids are unique"),
    PLATE_NAME_MISSING("PLATE-NAME-MISSING", WARNING, Scope.DOCUMENT, "a plate has a name"),
    PLATE_FIELD_COUNT_MISSING("PLATE-FIELD-COUNT-MISSING", WARNING, Scope.DOCUMENT, "a 0.5 plate gives field_count"),
    PLATE_ACQUISITION_NAME_MISSING("PLATE-ACQUISITION-NAME-MISSING", WARNING, Scope.DOCUMENT, "acquisitions have a name"),
    PLATE_ACQUISITION_FIELDS_MISSING("PLATE-ACQUISITION-FIELDS-MISSING", WARNING, Scope.DOCUMENT,
            "acquisitions give maximumfieldcount"),
    WELL_IMAGES_EMPTY("WELL-IMAGES-EMPTY", ERROR, Scope.DOCUMENT, "a well lists at least one image"),
    WELL_IMAGE_PATH("WELL-IMAGE-PATH", ERROR, Scope.DOCUMENT, "well image paths are alphanumeric"),
    WELL_IMAGE_PATH_UNIQUE("WELL-IMAGE-PATH-UNIQUE", ERROR, Scope.DOCUMENT, "well image paths are unique"),
    // --- bioformats2raw
    BF2RAW_LAYOUT("BF2RAW-LAYOUT", ERROR, Scope.DOCUMENT, "bioformats2raw.layout is 3"),
    SERIES_PATH("SERIES-PATH", ERROR, Scope.DOCUMENT, "series lists relative paths to image groups"),

    // --- hierarchy
    ZARR_METADATA("ZARR-METADATA", ERROR, Scope.HIERARCHY, "every node's Zarr metadata can be read"),
    ZARR_FORMAT("ZARR-FORMAT", ERROR, Scope.HIERARCHY, "0.4 is stored in Zarr v2, 0.5 in Zarr v3"),
    HIERARCHY_LIMIT("HIERARCHY-LIMIT", ERROR, Scope.HIERARCHY, "the hierarchy is small enough to check fully"),
    NGFF_IN_ARRAY("NGFF-IN-ARRAY", ERROR, Scope.HIERARCHY, "OME-NGFF metadata is stored in groups, not arrays"),
    DATASET_EXISTS("DATASET-EXISTS", ERROR, Scope.HIERARCHY, "every dataset path names an array"),
    DATASET_RANK("DATASET-RANK", ERROR, Scope.HIERARCHY, "every dataset array has one dimension per axis"),
    DATASETS_SHAPE_ORDER("DATASETS-SHAPE-ORDER", ERROR, Scope.HIERARCHY,
            "datasets go from highest to lowest resolution: shapes never grow from one level to the next"),
    DIMENSION_NAMES("DIMENSION-NAMES", ERROR, Scope.HIERARCHY, "0.5 arrays' dimension_names equal the axis names"),
    OMERO_CHANNEL_COUNT("OMERO-CHANNEL-COUNT", WARNING, Scope.HIERARCHY, "omero lists one channel per index of the channel axis"),
    LABELS_KEY("LABELS-KEY", ERROR, Scope.HIERARCHY, "an image's \"labels\" group lists its label images"),
    LABELS_EXISTS("LABELS-EXISTS", ERROR, Scope.HIERARCHY, "every path in labels names a group"),
    LABELS_UNLISTED("LABELS-UNLISTED", WARNING, Scope.HIERARCHY, "every label image is listed in labels"),
    LABELS_INTERMEDIATE("LABELS-INTERMEDIATE", ERROR, Scope.HIERARCHY,
            "groups between labels and a label image hold no OME-NGFF metadata"),
    LABEL_MULTISCALES("LABEL-MULTISCALES", ERROR, Scope.HIERARCHY, "a label image holds multiscales metadata"),
    LABEL_IMAGE_LABEL_MISSING("LABEL-IMAGE-LABEL-MISSING", WARNING, Scope.HIERARCHY, "a label image holds image-label metadata"),
    LABEL_DTYPE("LABEL-DTYPE", ERROR, Scope.HIERARCHY, "label arrays have integer data types"),
    LABEL_LEVELS("LABEL-LEVELS", ERROR, Scope.HIERARCHY, "a label image has as many datasets as its image"),
    LABEL_RANK("LABEL-RANK", ERROR, Scope.HIERARCHY, "a label image has the dimensionality of its image"),
    LABEL_SHAPE("LABEL-SHAPE", WARNING, Scope.HIERARCHY, "each label dimension equals the image's, or is 1"),
    LABEL_SOURCE("LABEL-SOURCE", WARNING, Scope.HIERARCHY, "source/image names the image group"),
    PLATE_WELL_EXISTS("PLATE-WELL-EXISTS", ERROR, Scope.HIERARCHY,
            "every plate well is a group with well metadata, in a row group"),
    WELL_IMAGE_EXISTS("WELL-IMAGE-EXISTS", ERROR, Scope.HIERARCHY, "every well image is a group with multiscales"),
    WELL_ACQUISITION_REQUIRED("WELL-ACQUISITION-REQUIRED", ERROR, Scope.HIERARCHY,
            "with several acquisitions, every well image names its acquisition"),
    WELL_ACQUISITION_UNKNOWN("WELL-ACQUISITION-UNKNOWN", ERROR, Scope.HIERARCHY,
            "a well image's acquisition is one of the plate's"),
    BF2RAW_SERIES_EXISTS("BF2RAW-SERIES-EXISTS", ERROR, Scope.HIERARCHY, "every series path is a multiscales group"),
    BF2RAW_NUMBERING("BF2RAW-NUMBERING", ERROR, Scope.HIERARCHY,
            "without series or plate, images are in groups 0, 1, 2, ..."),
    BF2RAW_IMAGE_COUNT("BF2RAW-IMAGE-COUNT", ERROR, Scope.HIERARCHY,
            "each image group of a bioformats2raw collection is one Image of OME/METADATA.ome.xml"),
    BF2RAW_OME_XML("BF2RAW-OME-XML", WARNING, Scope.HIERARCHY, "a bioformats2raw fileset has OME/METADATA.ome.xml"),
    BF2RAW_OME_XML_METADATA_ONLY("BF2RAW-OME-XML-METADATA-ONLY", ERROR, Scope.HIERARCHY,
            "OME/METADATA.ome.xml uses MetadataOnly, not BinData, BinaryOnly or TiffData");

    /** Whether a rule needs only an attributes document or the whole hierarchy. */
    public enum Scope {
        DOCUMENT,
        HIERARCHY
    }

    private final String id;
    private final Severity severity;
    private final Scope scope;
    private final String summary;

    Rule(String id, Severity severity, Scope scope, String summary) {
        this.id = id;
        this.severity = severity;
        this.scope = scope;
        this.summary = summary;
    }

    /** The stable identifier printed with every finding, e.g. {@code AXES-NAME-UNIQUE}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public Scope scope() {
        return scope;
    }

    /** What the rule requires, in one line. */
    public String summary() {
        return summary;
    }
}
