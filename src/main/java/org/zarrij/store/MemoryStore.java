package org.zarrij.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A store held in memory, for tests and temporary work. Values are copied on the way in and out, so no
 * caller can change what another one reads. Safe for concurrent use.
 */
public final class MemoryStore implements Store {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    // Sorted, so that listing a folder is a range of the map rather than a scan.
    private final ConcurrentSkipListMap<String, byte[]> values = new ConcurrentSkipListMap<>();
    private final String name = "memory:" + COUNTER.incrementAndGet();

    @Override
    public Optional<byte[]> get(String key) {
        byte[] value = values.get(StoreKeys.validate(key));
        return value == null ? Optional.empty() : Optional.of(value.clone());
    }

    @Override
    public Optional<byte[]> getRange(String key, long offset, long length) {
        ByteRange.checkRange(key, offset, length);
        byte[] value = values.get(StoreKeys.validate(key));
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(slice(value, ByteRange.of(key, offset, length, value.length)));
    }

    @Override
    public Optional<byte[]> getSuffix(String key, long length) {
        ByteRange.checkSuffix(key, length);
        byte[] value = values.get(StoreKeys.validate(key));
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(slice(value, ByteRange.suffix(key, length, value.length)));
    }

    @Override
    public void set(String key, byte[] value) {
        values.put(StoreKeys.validate(key), value.clone());
    }

    @Override
    public void delete(String key) {
        values.remove(StoreKeys.validate(key));
    }

    @Override
    public List<String> list(String prefix) {
        return SortedKeys.inFolder(values.keySet(), StoreKeys.validatePrefix(prefix));
    }

    @Override
    public boolean exists(String key) {
        return values.containsKey(StoreKeys.validate(key));
    }

    @Override
    public StoreCapabilities capabilities() {
        return StoreCapabilities.ALL;
    }

    @Override
    public String describe() {
        return name;
    }

    private static byte[] slice(byte[] value, ByteRange range) {
        return Arrays.copyOfRange(value, (int) range.start(), (int) range.end());
    }
}
