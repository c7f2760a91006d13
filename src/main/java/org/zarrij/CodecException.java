package org.zarrij;

/** A chunk could not be encoded or decoded (corrupt, truncated or oversized data, bad configuration). */
public class CodecException extends ZarrException {
    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
