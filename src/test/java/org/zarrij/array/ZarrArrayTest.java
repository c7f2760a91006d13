package org.zarrij.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zarrij.MetadataException;
import org.zarrij.StoreException;
import org.zarrij.ZarrException;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.FillValues;
import org.zarrij.store.MemoryStore;
import org.zarrij.store.CountingStore;

class ZarrArrayTest {

    private static short[] ramp(int n) {
        short[] a = new short[n];
        for (int i = 0; i < n; i++) {
            a[i] = (short) (i * 7 + 1);
        }
        return a;
    }

    @Test
    void missingChunksReadAsFillValueWithoutDecoding() {
        CountingStore store = new CountingStore(new MemoryStore());
        ZarrArray a = Zarr.createArray(store, "a", ArrayDefinition.of(new long[]{10, 10}, new int[]{4, 4},
                DataType.UINT16).withFillValue(FillValues.parseText("42", DataType.UINT16)), false);
        store.reset();
        short[] v = (short[]) a.read();
        assertEquals(100, v.length);
        for (short s : v) {
            assertEquals(42, s);
        }
        assertEquals(0, store.bytesRead.get(), "no chunk bytes are read for missing chunks");
        assertEquals(9, store.gets.get(), "one lookup per chunk, nothing more");
    }

    @Test
    void chunksThatAreAllFillAreNotStoredUnlessAsked() {
        MemoryStore store = new MemoryStore();
        ZarrArray a = Zarr.createArray(store, "a", ArrayDefinition.of(new long[]{8}, new int[]{4}, DataType.INT32), false);
        a.write(Region.all(new long[]{8}), new int[]{0, 0, 0, 0, 1, 0, 0, 0});
        assertEquals(List.of("a/c/1", "a/zarr.json"), store.list("a"));
        a.write(Region.all(new long[]{8}), new int[8]);
        assertEquals(List.of("a/zarr.json"), store.list("a"), "overwriting with fill deletes the chunk");
        ZarrArray keep = a.withIoOptions(new ZarrArray.IoOptions(Parallel.sharedExecutor(), 2, true));
        keep.write(Region.all(new long[]{8}), new int[8]);
        assertEquals(List.of("a/c/0", "a/c/1", "a/zarr.json"), store.list("a"));
    }

    @Test
    void edgeChunksArePaddedWithFillValueAndReadBack() {
        MemoryStore store = new MemoryStore();
        ZarrArray a = Zarr.createArray(store, "e", ArrayDefinition.of(new long[]{5, 3}, new int[]{4, 2},
                DataType.UINT16).withZarrFormat(2), false);
        short[] data = ramp(15);
        a.write(Region.all(new long[]{5, 3}), data);
        assertArrayEquals(data, (short[]) a.read());
        assertEquals(4, store.list("e").stream().filter(k -> !k.contains(".z")).count());
        byte[] edge = a.readChunk(new long[]{1, 1}).orElseThrow();
        assertEquals(4 * 2 * 2, edge.length, "edge chunks are stored at full chunk size");
    }

    @Test
    void zeroDimensionalArraysHoldOneValue() {
        MemoryStore store = new MemoryStore();
        for (int format : new int[]{2, 3}) {
            ZarrArray a = Zarr.createArray(store, "s" + format, ArrayDefinition.of(new long[0], new int[0],
                    DataType.FLOAT64).withZarrFormat(format), false);
            a.write(Region.all(new long[0]), new double[]{3.5});
            assertArrayEquals(new double[]{3.5}, (double[]) Zarr.openArray(store, "s" + format).read());
            assertTrue(store.exists(format == 3 ? "s3/c" : "s2/0"));
        }
    }

    @Test
    void resizeReturnsANewHandleAndDeletesChunksOutside() {
        MemoryStore store = new MemoryStore();
        ZarrArray a = Zarr.createArray(store, "r", ArrayDefinition.of(new long[]{4, 4}, new int[]{2, 2},
                DataType.UINT8), false);
        byte[] ones = new byte[16];
        java.util.Arrays.fill(ones, (byte) 1);
        a.write(Region.all(new long[]{4, 4}), ones);
        ZarrArray grown = a.resize(new long[]{6, 4});
        assertArrayEquals(new long[]{4, 4}, a.shape(), "the old handle keeps its snapshot");
        assertArrayEquals(new long[]{6, 4}, Zarr.openArray(store, "r").shape());
        byte[] g = (byte[]) grown.read();
        assertEquals(1, g[15]);
        assertEquals(0, g[16]);
        ZarrArray shrunk = grown.resize(new long[]{2, 2});
        assertEquals(List.of("r/c/0/0", "r/zarr.json"), store.list("r"));
        assertArrayEquals(new byte[]{1, 1, 1, 1}, (byte[]) shrunk.read());
    }

    @Test
    void attributeUpdatesKeepUnknownFields() {
        MemoryStore store = new MemoryStore();
        store.set("x/zarr.json", ("{\"zarr_format\":3,\"node_type\":\"array\",\"shape\":[2],\"data_type\":\"uint8\","
                + "\"chunk_grid\":{\"name\":\"regular\",\"configuration\":{\"chunk_shape\":[2]}},"
                + "\"chunk_key_encoding\":{\"name\":\"default\"},\"fill_value\":0,"
                + "\"codecs\":[{\"name\":\"bytes\"}],\"my_extension\":{\"must_understand\":false,\"k\":1}}")
                .getBytes(StandardCharsets.UTF_8));
        ZarrArray a = Zarr.openArray(store, "x");
        ObjectNode attrs = Json.object();
        attrs.put("hello", "world");
        a.withAttributes(attrs);
        ObjectNode doc = Json.parseObject(store.get("x/zarr.json").orElseThrow(), "x/zarr.json");
        assertEquals("world", doc.path("attributes").path("hello").asText());
        assertEquals(1, doc.path("my_extension").path("k").asInt());

        store.set("v2/.zarray", ("{\"zarr_format\":2,\"shape\":[2],\"chunks\":[2],\"dtype\":\"|u1\",\"compressor\":null,"
                + "\"fill_value\":0,\"order\":\"C\",\"filters\":null,\"vendor\":{\"x\":true}}").getBytes(StandardCharsets.UTF_8));
        Zarr.openArray(store, "v2").withAttributes(attrs);
        ObjectNode zarray = Json.parseObject(store.get("v2/.zarray").orElseThrow(), "v2/.zarray");
        assertTrue(zarray.path("vendor").path("x").asBoolean());
        assertEquals("world", Json.parseObject(store.get("v2/.zattrs").orElseThrow(), "").path("hello").asText());
    }

    @Test
    void createRefusesToOverwriteUnlessAsked() {
        MemoryStore store = new MemoryStore();
        ArrayDefinition def = ArrayDefinition.of(new long[]{2}, new int[]{2}, DataType.UINT8);
        Zarr.createArray(store, "a", def, false).write(Region.all(new long[]{2}), new byte[]{1, 2});
        StoreException e = assertThrows(StoreException.class, () -> Zarr.createArray(store, "a", def, false));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        ZarrArray again = Zarr.createArray(store, "a", def, true);
        assertArrayEquals(new byte[]{0, 0}, (byte[]) again.read());
    }

    @Test
    void groupsListChildrenAndNest() {
        MemoryStore store = new MemoryStore();
        ZarrGroup root = Zarr.createGroup(store, "", 3, null);
        root.createGroup("g").createArray("b", ArrayDefinition.of(new long[]{1}, new int[]{1}, DataType.INT8));
        root.createArray("a", ArrayDefinition.of(new long[]{1}, new int[]{1}, DataType.INT8));
        assertEquals(List.of("a", "g"), Zarr.openGroup(store, "").childNames());
        assertTrue(Zarr.open(store, "g/b") instanceof ZarrArray);
        assertFalse(Zarr.exists(store, "nothing"));
    }

    @Test
    void badRegionsAndBuffersAreClearErrors() {
        ZarrArray a = Zarr.createArray(new MemoryStore(), "a", ArrayDefinition.of(new long[]{4}, new int[]{2},
                DataType.UINT16), false);
        ZarrException e = assertThrows(ZarrException.class, () -> a.read(Region.parse("0:9", new long[]{10})));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        e = assertThrows(ZarrException.class, () -> a.write(Region.all(new long[]{4}), new int[4]));
        assertTrue(e.getMessage().contains("short[]"), e.getMessage());
        e = assertThrows(ZarrException.class, () -> Region.parse("0:2,1", new long[]{4}));
        assertTrue(e.getMessage().contains("2 entries"), e.getMessage());
    }

    @Test
    void regionSpecsFollowNumpy() {
        Region r = Region.parse("1:, -1, ::2", new long[]{5, 6, 7});
        assertEquals(new Slice(1, 5, 1, false), r.slices().get(0));
        assertEquals(Slice.at(5), r.slices().get(1));
        assertEquals(new Slice(0, 7, 2, false), r.slices().get(2));
        assertArrayEquals(new long[]{4, 4}, r.shape());
        assertArrayEquals(new long[]{5, 6, 7}, Region.parse("", new long[]{5, 6, 7}).shape());
    }

    @Test
    void metadataPathsCannotEscapeTheStore() {
        MemoryStore store = new MemoryStore();
        assertThrows(StoreException.class, () -> Zarr.open(store, "../outside"));
        assertThrows(MetadataException.class, () -> ArrayDefinition.of(new long[]{-1}, new int[]{1}, DataType.INT8)
                .toMetadata(org.zarrij.codec.CodecRegistry.global(), "x"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3})
    void consolidatedMetadataOpensAHierarchyWithOneRequest(int format) {
        MemoryStore mem = new MemoryStore();
        ZarrGroup root = Zarr.createGroup(mem, "", format, null);
        root.createGroup("g").createArray("b", ArrayDefinition.of(new long[]{3}, new int[]{2}, DataType.INT8));
        root.createArray("a", ArrayDefinition.of(new long[]{3}, new int[]{2}, DataType.INT8));
        Zarr.consolidate(mem, "");
        CountingStore store = new CountingStore(mem);
        ZarrGroup g = Zarr.openGroup(store, "");
        assertEquals(List.of("a", "g"), g.childNames());
        ZarrArray b = (ZarrArray) g.open("g/b");
        assertArrayEquals(new long[]{3}, b.shape());
        assertEquals(format == 3 ? 1 : 2, store.gets.get(), "only the root zarr.json (and .zmetadata for v2) is fetched");
        assertEquals(0, store.lists.get());
    }
}
