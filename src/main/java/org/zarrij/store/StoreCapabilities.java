package org.zarrij.store;

/** What a store supports, declared up front (zarr-python 3 style) instead of discovered by failure. */
public record StoreCapabilities(boolean writable, boolean listable, boolean partialReads) {
    public static final StoreCapabilities ALL = new StoreCapabilities(true, true, true);
    public static final StoreCapabilities READ_ONLY = new StoreCapabilities(false, true, true);
}
