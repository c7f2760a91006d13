package org.zarrij.store;

import java.util.List;
import java.util.Optional;

/** A store that passes every call to another; wrappers (counting, caching) override only what they change. */
public abstract class ForwardingStore implements Store {
    protected final Store inner;

    protected ForwardingStore(Store inner) {
        this.inner = inner;
    }

    @Override
    public Optional<byte[]> get(String key) {
        return inner.get(key);
    }

    @Override
    public Optional<byte[]> getRange(String key, long offset, long length) {
        return inner.getRange(key, offset, length);
    }

    @Override
    public Optional<byte[]> getSuffix(String key, long length) {
        return inner.getSuffix(key, length);
    }

    @Override
    public void set(String key, byte[] value) {
        inner.set(key, value);
    }

    @Override
    public void delete(String key) {
        inner.delete(key);
    }

    @Override
    public List<String> list(String prefix) {
        return inner.list(prefix);
    }

    @Override
    public List<String> listChildren(String prefix) {
        return inner.listChildren(prefix);
    }

    @Override
    public boolean exists(String key) {
        return inner.exists(key);
    }

    @Override
    public StoreCapabilities capabilities() {
        return inner.capabilities();
    }

    @Override
    public int preferredConcurrency() {
        return inner.preferredConcurrency();
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public void close() {
        inner.close();
    }
}
