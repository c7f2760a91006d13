package org.zarrij;

/** No array or group exists at the requested path. */
public class NodeNotFoundException extends ZarrException {
    public NodeNotFoundException(String message) {
        super(message);
    }

    public NodeNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
