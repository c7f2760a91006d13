package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.zarrij.StoreException;

/**
 * What every store must do, run by each store's test class. All writes go to {@link #newStore()}; all checks
 * read from {@link #reopen}, which for some stores is a fresh store over the same data (a zip written, closed
 * and opened again), so the suite checks persistence too.
 */
abstract class StoreContractTest {

    private final List<Store> opened = new ArrayList<>();

    /** A new, empty, writable store. */
    protected abstract Store createStore() throws Exception;

    /** The store to read back what was written to {@code written}: itself, or a new store over its data. */
    protected Store reopenStore(Store written) throws Exception {
        return written;
    }

    protected final Store newStore() throws Exception {
        return track(createStore());
    }

    protected final Store reopen(Store written) throws Exception {
        return track(reopenStore(written));
    }

    private Store track(Store store) {
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        for (Store store : opened) {
            store.close();
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void setValuesAreReadBack() throws Exception {
        Store store = newStore();
        byte[] chunk = random(100_000, 1);
        store.set("zarr.json", bytes("{\"zarr_format\":3}"));
        store.set("g/arr/zarr.json", bytes("{}"));
        store.set("g/arr/c/0/0", chunk);
        Store r = reopen(store);
        assertArrayEquals(bytes("{\"zarr_format\":3}"), r.get("zarr.json").orElseThrow());
        assertArrayEquals(bytes("{}"), r.get("g/arr/zarr.json").orElseThrow());
        assertArrayEquals(chunk, r.get("g/arr/c/0/0").orElseThrow());
        assertTrue(r.exists("g/arr/c/0/0"));
    }

    @Test
    void settingAKeyAgainReplacesItsValue() throws Exception {
        Store store = newStore();
        store.set("k", random(5000, 2));
        store.set("k", bytes("short"));
        Store r = reopen(store);
        assertArrayEquals(bytes("short"), r.get("k").orElseThrow());
        assertEquals(List.of("k"), r.list(""));
    }

    @Test
    void anEmptyValueIsStillAValue() throws Exception {
        Store store = newStore();
        store.set("empty", new byte[0]);
        Store r = reopen(store);
        assertArrayEquals(new byte[0], r.get("empty").orElseThrow());
        assertArrayEquals(new byte[0], r.getRange("empty", 0, 10).orElseThrow());
        assertArrayEquals(new byte[0], r.getSuffix("empty", 10).orElseThrow());
        assertTrue(r.exists("empty"));
    }

    @Test
    void missingKeysAreEmptyNotErrors() throws Exception {
        Store store = newStore();
        store.set("a/b", bytes("x"));
        Store r = reopen(store);
        for (String key : List.of("nothing", "a", "a/b/c", "a/c", "z/y/x")) {
            assertEquals(Optional.empty(), r.get(key), key);
            assertEquals(Optional.empty(), r.getRange(key, 0, 1), key);
            assertEquals(Optional.empty(), r.getRange(key, 0, 0), key);
            assertEquals(Optional.empty(), r.getSuffix(key, 1), key);
            assertFalse(r.exists(key), key);
        }
    }

    @Test
    void deleteRemovesOnlyThatKey() throws Exception {
        Store store = newStore();
        store.set("a/b", bytes("1"));
        store.set("a/c", bytes("2"));
        store.delete("a/b");
        store.delete("a/b");
        store.delete("never/was");
        Store r = reopen(store);
        assertEquals(Optional.empty(), r.get("a/b"));
        assertFalse(r.exists("a/b"));
        assertArrayEquals(bytes("2"), r.get("a/c").orElseThrow());
        assertEquals(List.of("a/c"), r.list(""));
    }

    private Store storeWithTree() throws Exception {
        Store store = newStore();
        for (String key : List.of("zarr.json", "a/zarr.json", "a/c/0/0", "a/c/0/1", "a/c/1/0", "ab/zarr.json",
                "a.b/x", "b")) {
            store.set(key, bytes(key));
        }
        return reopen(store);
    }

    @Test
    void listReturnsSortedKeysOfAFolderRecursively() throws Exception {
        Store r = storeWithTree();
        assertEquals(List.of("a.b/x", "a/c/0/0", "a/c/0/1", "a/c/1/0", "a/zarr.json", "ab/zarr.json", "b",
                "zarr.json"), r.list(""));
        assertEquals(List.of("a/c/0/0", "a/c/0/1", "a/c/1/0", "a/zarr.json"), r.list("a"));
        assertEquals(r.list("a"), r.list("a/"));
        assertEquals(List.of("a/c/0/0", "a/c/0/1"), r.list("a/c/0"));
        assertEquals(List.of(), r.list("nothing"));
        assertEquals(List.of(), r.list("b"), "a key is not a folder");
        assertEquals(List.of(), r.list("a/c/0/0"));
    }

    @Test
    void listChildrenNamesEachImmediateChildOnce() throws Exception {
        Store r = storeWithTree();
        assertEquals(List.of("a", "a.b", "ab", "b", "zarr.json"), r.listChildren(""));
        assertEquals(List.of("c", "zarr.json"), r.listChildren("a"));
        assertEquals(List.of("c", "zarr.json"), r.listChildren("a/"));
        assertEquals(List.of("0", "1"), r.listChildren("a/c"));
        assertEquals(List.of("0", "1"), r.listChildren("a/c/0"));
        assertEquals(List.of(), r.listChildren("nothing"));
        assertEquals(List.of(), r.listChildren("b"));
    }

    @Test
    void byteRangesAreCutAtTheEnd() throws Exception {
        byte[] v = new byte[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (byte) (i * 7 + 3);
        }
        Store store = newStore();
        store.set("v", v);
        Store r = reopen(store);
        assertArrayEquals(Arrays.copyOfRange(v, 0, 10), r.getRange("v", 0, 10).orElseThrow(), "start");
        assertArrayEquals(Arrays.copyOfRange(v, 500, 600), r.getRange("v", 500, 100).orElseThrow(), "middle");
        assertArrayEquals(Arrays.copyOfRange(v, 990, 1000), r.getRange("v", 990, 100).orElseThrow(), "past end");
        assertArrayEquals(Arrays.copyOfRange(v, 10, 1000), r.getRange("v", 10, Long.MAX_VALUE).orElseThrow());
        assertArrayEquals(v, r.getRange("v", 0, 1000).orElseThrow(), "all");
        assertArrayEquals(new byte[0], r.getRange("v", 0, 0).orElseThrow(), "zero length");
        assertArrayEquals(new byte[0], r.getRange("v", 400, 0).orElseThrow(), "zero length inside");
        assertArrayEquals(new byte[0], r.getRange("v", 1000, 5).orElseThrow(), "at the end");
        assertArrayEquals(new byte[0], r.getRange("v", 5000, 5).orElseThrow(), "beyond the end");
        assertArrayEquals(Arrays.copyOfRange(v, 990, 1000), r.getSuffix("v", 10).orElseThrow(), "suffix");
        assertArrayEquals(v, r.getSuffix("v", 5000).orElseThrow(), "suffix larger than value");
        assertArrayEquals(v, r.getSuffix("v", 1000).orElseThrow(), "suffix of the whole value");
        assertArrayEquals(new byte[0], r.getSuffix("v", 0).orElseThrow(), "empty suffix");
    }

    @Test
    void largeValuesRoundTripWithRanges() throws Exception {
        byte[] v = random(3_000_000, 3);
        Store store = newStore();
        store.set("big/c/0", v);
        Store r = reopen(store);
        assertArrayEquals(v, r.get("big/c/0").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(v, 1_000_000, 1_065_536),
                r.getRange("big/c/0", 1_000_000, 65_536).orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(v, v.length - 12345, v.length), r.getSuffix("big/c/0", 12345).orElseThrow());
    }

    @Test
    void invalidKeysAreRejectedNamingTheKey() throws Exception {
        Store store = newStore();
        store.set("ok", bytes("x"));
        Store r = reopen(store);
        for (String key : List.of("../x", "/abs", "a\\b", "a//b", "")) {
            assertRejects(key, () -> store.set(key, bytes("x")));
            assertRejects(key, () -> store.delete(key));
            assertRejects(key, () -> r.get(key));
            assertRejects(key, () -> r.getRange(key, 0, 1));
            assertRejects(key, () -> r.getSuffix(key, 1));
            assertRejects(key, () -> r.exists(key));
            if (!key.isEmpty()) {
                assertRejects(key, () -> r.list(key));
                assertRejects(key, () -> r.listChildren(key));
            }
        }
    }

    private static void assertRejects(String key, Executable call) {
        StoreException e = assertThrows(StoreException.class, call, key);
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    }

    @Test
    void negativeRangesAreRejectedNamingTheKey() throws Exception {
        Store store = newStore();
        store.set("k", bytes("value"));
        Store r = reopen(store);
        assertRejects("k", () -> r.getRange("k", -1, 2));
        assertRejects("k", () -> r.getRange("k", 0, -2));
        assertRejects("k", () -> r.getSuffix("k", -1));
    }

    @Test
    void valuesAreNotShared() throws Exception {
        Store store = newStore();
        byte[] v = {1, 2, 3, 4};
        store.set("k", v);
        v[0] = 9;
        Store r = reopen(store);
        byte[] first = r.get("k").orElseThrow();
        assertArrayEquals(new byte[] {1, 2, 3, 4}, first);
        first[1] = 9;
        r.getRange("k", 0, 2).orElseThrow()[0] = 9;
        r.getSuffix("k", 2).orElseThrow()[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3, 4}, r.get("k").orElseThrow());
    }

    @Test
    void concurrentWritesOfDifferentKeysAllLand() throws Exception {
        Store store = newStore();
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        store.set("c/" + thread + "/" + i, random(100 + i, thread * 1000L + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Store r = reopen(store);
        assertEquals(threads * perThread, r.list("c").size());
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                assertArrayEquals(random(100 + i, t * 1000L + i), r.get("c/" + t + "/" + i).orElseThrow());
            }
        }
    }

    @Test
    void aNewStoreIsWritableAndDescribesItself() throws Exception {
        Store store = newStore();
        assertTrue(store.capabilities().writable());
        assertTrue(store.capabilities().listable());
        assertFalse(store.describe().isBlank());
        assertEquals(List.of(), store.list(""));
        assertEquals(List.of(), store.listChildren(""));
    }
}
