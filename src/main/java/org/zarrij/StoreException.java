package org.zarrij;

/** A store could not read, write, list or delete a key (I/O failure, permission, invalid key). */
public class StoreException extends ZarrException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
