package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metadata cache: documents and misses fetched once, chunks untouched, writes through, bounded. */
class MetadataCachingStoreTest extends StoreContractTest {

    @Override
    protected Store createStore() {
        return new MetadataCachingStore(new MemoryStore());
    }

    @Test
    void metadataDocumentsAndMissesAreFetchedOnce() {
        CountingStore counting = new CountingStore(new MemoryStore());
        counting.set("a/zarr.json", bytes("{}"));
        counting.set("a/c/0", bytes("chunk"));
        MetadataCachingStore s = new MetadataCachingStore(counting);
        counting.reset();
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(bytes("{}"), s.get("a/zarr.json").orElseThrow());
            assertEquals(Optional.empty(), s.get("a/.zarray"));
            assertFalse(s.exists("a/.zgroup"));
            assertArrayEquals(bytes("chunk"), s.get("a/c/0").orElseThrow());
        }
        assertEquals(2 + 3, counting.gets.get(), "two documents once each, the chunk every time");
        assertTrue(s.hits() >= 4);
        assertTrue(MetadataCachingStore.isMetadataKey(".zmetadata"));
        assertTrue(MetadataCachingStore.isMetadataKey("x/y/.zattrs"));
        assertFalse(MetadataCachingStore.isMetadataKey("x/zarr.json.bak"));
    }

    @Test
    void writesAndDeletesUpdateTheCache() {
        CountingStore counting = new CountingStore(new MemoryStore());
        MetadataCachingStore s = new MetadataCachingStore(counting);
        assertEquals(Optional.empty(), s.get("zarr.json"));
        s.set("zarr.json", bytes("v1"));
        assertArrayEquals(bytes("v1"), s.get("zarr.json").orElseThrow());
        byte[] got = s.get("zarr.json").orElseThrow();
        got[0] = 'X';
        assertArrayEquals(bytes("v1"), s.get("zarr.json").orElseThrow(), "cached values are not shared");
        s.delete("zarr.json");
        assertEquals(Optional.empty(), s.get("zarr.json"));
        assertFalse(counting.exists("zarr.json"));
        counting.set("zarr.json", bytes("changed behind the cache's back"));
        assertEquals(Optional.empty(), s.get("zarr.json"), "until cleared");
        s.clearCache();
        assertTrue(s.get("zarr.json").isPresent());
    }

    @Test
    void theCacheIsBounded() {
        CountingStore counting = new CountingStore(new MemoryStore());
        MetadataCachingStore s = new MetadataCachingStore(counting, 3, 1 << 20);
        for (int i = 0; i < 5; i++) {
            counting.set(i + "/zarr.json", bytes("{}"));
            s.get(i + "/zarr.json");
        }
        counting.reset();
        s.get("4/zarr.json");
        assertEquals(0, counting.gets.get(), "recent entries stay");
        s.get("0/zarr.json");
        assertEquals(1, counting.gets.get(), "the least recently used went");
    }
}
