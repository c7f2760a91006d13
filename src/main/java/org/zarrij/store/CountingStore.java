package org.zarrij.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Wraps a store and counts requests and bytes read: what reads and writes cost (tests, benchmarks, diagnostics). */
public final class CountingStore extends ForwardingStore {
    public final AtomicLong gets = new AtomicLong();
    public final AtomicLong rangeGets = new AtomicLong();
    public final AtomicLong bytesRead = new AtomicLong();
    public final AtomicLong sets = new AtomicLong();
    public final AtomicLong deletes = new AtomicLong();
    public final AtomicLong lists = new AtomicLong();

    public CountingStore(Store inner) {
        super(inner);
    }

    public void reset() {
        gets.set(0);
        rangeGets.set(0);
        bytesRead.set(0);
        sets.set(0);
        deletes.set(0);
        lists.set(0);
    }

    private Optional<byte[]> count(Optional<byte[]> v) {
        v.ifPresent(b -> bytesRead.addAndGet(b.length));
        return v;
    }

    @Override
    public Optional<byte[]> get(String key) {
        gets.incrementAndGet();
        return count(inner.get(key));
    }

    @Override
    public Optional<byte[]> getRange(String key, long offset, long length) {
        rangeGets.incrementAndGet();
        return count(inner.getRange(key, offset, length));
    }

    @Override
    public Optional<byte[]> getSuffix(String key, long length) {
        rangeGets.incrementAndGet();
        return count(inner.getSuffix(key, length));
    }

    @Override
    public void set(String key, byte[] value) {
        sets.incrementAndGet();
        inner.set(key, value);
    }

    @Override
    public void delete(String key) {
        deletes.incrementAndGet();
        inner.delete(key);
    }

    @Override
    public List<String> list(String prefix) {
        lists.incrementAndGet();
        return inner.list(prefix);
    }

    @Override
    public List<String> listChildren(String prefix) {
        lists.incrementAndGet();
        return inner.listChildren(prefix);
    }

    /** Counting does not own the store it counts. */
    @Override
    public void close() {
    }
}
