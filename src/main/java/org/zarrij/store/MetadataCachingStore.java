package org.zarrij.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Wraps a (remote) store and keeps the metadata documents it reads ({@code zarr.json}, {@code .zarray},
 * {@code .zgroup}, {@code .zattrs}, {@code .zmetadata}) in memory, misses included, so a session does not
 * fetch them again: opening a v2 array over HTTP asks for zarr.json, .zarray and .zattrs once, not on every
 * open. Chunks pass straight through. The cache is bounded (entries and bytes, least recently used first)
 * and writes through this wrapper update it; changes made by others are seen after {@link #clearCache()} or
 * when the store is opened again.
 */
public final class MetadataCachingStore extends ForwardingStore {
    private static final Set<String> METADATA_NAMES = Set.of("zarr.json", ".zarray", ".zgroup", ".zattrs",
            ".zmetadata");
    /** A document larger than this is not kept (a huge consolidated document is read once anyway). */
    private static final int MAX_ENTRY_BYTES = 8 << 20;

    private final int maxEntries;
    private final long maxBytes;
    /** Access-ordered, so the eldest entry is the least recently used; null values are cached misses. */
    private final LinkedHashMap<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    /** Counts writes, so a read that raced with a write does not cache the older value. */
    private long writes;

    public MetadataCachingStore(Store inner) {
        this(inner, 4096, 64L << 20);
    }

    public MetadataCachingStore(Store inner, int maxEntries, long maxBytes) {
        super(inner);
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The wrapped store. */
    public Store inner() {
        return inner;
    }

    /** True for the keys whose values are cached: Zarr metadata documents. */
    public static boolean isMetadataKey(String key) {
        return METADATA_NAMES.contains(key.substring(key.lastIndexOf('/') + 1));
    }

    /** Reads served from the cache so far. */
    public synchronized long hits() {
        return hits;
    }

    public synchronized void clearCache() {
        cache.clear();
        bytes = 0;
    }

    @Override
    public Optional<byte[]> get(String key) {
        if (!isMetadataKey(StoreKeys.validate(key))) {
            return inner.get(key);
        }
        long writesBefore;
        synchronized (this) {
            if (cache.containsKey(key)) {
                hits++;
                byte[] v = cache.get(key);
                return v == null ? Optional.empty() : Optional.of(v.clone());
            }
            writesBefore = writes;
        }
        // Fetched outside the lock so that slow requests for different documents overlap; two threads asking
        // for the same missing document at once may both fetch it, which is harmless.
        Optional<byte[]> value = inner.get(key);
        synchronized (this) {
            if (writes == writesBefore) {
                remember(key, value.map(byte[]::clone).orElse(null));
            }
        }
        return value;
    }

    @Override
    public void set(String key, byte[] value) {
        if (isMetadataKey(StoreKeys.validate(key))) {
            forget(key);
            inner.set(key, value);
            rememberWrite(key, value.clone());
            return;
        }
        inner.set(key, value);
    }

    @Override
    public void delete(String key) {
        if (isMetadataKey(StoreKeys.validate(key))) {
            forget(key);
            inner.delete(key);
            rememberWrite(key, null);
            return;
        }
        inner.delete(key);
    }

    @Override
    public boolean exists(String key) {
        if (isMetadataKey(StoreKeys.validate(key))) {
            synchronized (this) {
                if (cache.containsKey(key)) {
                    hits++;
                    return cache.get(key) != null;
                }
            }
        }
        return inner.exists(key);
    }

    @Override
    public void close() {
        clearCache();
        inner.close();
    }

    private synchronized void remember(String key, byte[] value) {
        if (value != null && value.length > MAX_ENTRY_BYTES) {
            forgetLocked(key);
            return;
        }
        byte[] old = cache.put(key, value);
        bytes += size(value) - size(old);
        while (!cache.isEmpty() && (cache.size() > maxEntries || bytes > maxBytes)) {
            Map.Entry<String, byte[]> eldest = cache.entrySet().iterator().next();
            bytes -= size(eldest.getValue());
            cache.remove(eldest.getKey());
        }
    }

    private synchronized void rememberWrite(String key, byte[] value) {
        writes++;
        remember(key, value);
    }

    private synchronized void forget(String key) {
        writes++;
        forgetLocked(key);
    }

    private void forgetLocked(String key) {
        if (cache.containsKey(key)) {
            bytes -= size(cache.remove(key));
        }
    }

    private static long size(byte[] v) {
        return v == null ? 0 : v.length + 64L;
    }
}
