package org.zarrij;

/** Metadata names an extension (codec, data type, chunk grid, ...) that must be understood but is not known. */
public class UnknownExtensionException extends MetadataException {
    public UnknownExtensionException(String message) {
        super(message);
    }

    public UnknownExtensionException(String message, Throwable cause) {
        super(message, cause);
    }
}
