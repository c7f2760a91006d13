package org.zarrij;

/**
 * Root of every error zarr-ij raises. Unchecked, like n5's: callers that care catch the specific kind,
 * everyone else gets a message that names the key or JSON pointer and says what was expected.
 */
public class ZarrException extends RuntimeException {
    public ZarrException(String message) {
        super(message);
    }

    public ZarrException(String message, Throwable cause) {
        super(message, cause);
    }
}
