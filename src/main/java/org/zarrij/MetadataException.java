package org.zarrij;

/** Metadata (zarr.json, .zarray, .zgroup, .zattrs) is malformed or inconsistent. */
public class MetadataException extends ZarrException {
    public MetadataException(String message) {
        super(message);
    }

    public MetadataException(String message, Throwable cause) {
        super(message, cause);
    }
}
