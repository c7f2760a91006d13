package org.zarrij.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zarrij.store.MemoryStore;
import org.zarrij.store.CountingStore;

/** Groups: nesting, children, attribute updates that keep unknown fields, consolidated metadata as zarr-python 3 writes it. */
class GroupsTest {
    private static final String ARRAY = "{\"zarr_format\":3,\"node_type\":\"array\",\"shape\":[4],\"data_type\":\"int16\","
            + "\"chunk_grid\":{\"name\":\"regular\",\"configuration\":{\"chunk_shape\":[2]}},"
            + "\"chunk_key_encoding\":{\"name\":\"default\",\"configuration\":{\"separator\":\"/\"}},\"fill_value\":3,"
            + "\"codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}}],\"attributes\":{},"
            + "\"dimension_names\":[\"x\"],\"storage_transformers\":[]}";

    private static void put(MemoryStore s, String key, String json) {
        s.set(key, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void consolidatedMetadataInZarrPython3FormOpensWithOneRequest() {
        MemoryStore mem = new MemoryStore();
        String group = "{\"zarr_format\":3,\"node_type\":\"group\",\"attributes\":{\"a\":1},\"consolidated_metadata\":null}";
        put(mem, "zarr.json", "{\"zarr_format\":3,\"node_type\":\"group\",\"attributes\":{},"
                + "\"consolidated_metadata\":{\"kind\":\"inline\",\"must_understand\":false,\"metadata\":{"
                + "\"img\":" + group + ",\"img/0\":" + ARRAY + ",\"labels\":" + group + "}}}");
        // Stale files in the store must not matter: the consolidated document is authoritative.
        put(mem, "img/zarr.json", "not json at all");
        CountingStore store = new CountingStore(mem);
        ZarrGroup root = Zarr.openGroup(store, "");
        assertEquals(List.of("img", "labels"), root.childNames());
        ZarrGroup img = (ZarrGroup) root.open("img");
        assertEquals(1, img.attributes().get("a").asInt());
        ZarrArray a = (ZarrArray) root.open("img/0");
        assertEquals(List.of("x"), a.metadata().dimensionNames());
        assertEquals(1, store.gets.get(), "one request for the whole hierarchy");
        assertArrayEquals(new short[]{3, 3, 3, 3}, (short[]) a.read());
    }

    @Test
    void groupAttributeUpdatesKeepUnknownFields() {
        MemoryStore store = new MemoryStore();
        put(store, "g/zarr.json", "{\"zarr_format\":3,\"node_type\":\"group\",\"attributes\":{\"old\":true},"
                + "\"vendor_ext\":{\"must_understand\":false,\"v\":7}}");
        ZarrGroup g = Zarr.openGroup(store, "g");
        ObjectNode attrs = g.attributes();
        attrs.put("new", "yes");
        ZarrGroup updated = g.withAttributes(attrs);
        ObjectNode doc = Json.parseObject(store.get("g/zarr.json").orElseThrow(), "g/zarr.json");
        assertEquals(7, doc.path("vendor_ext").path("v").asInt());
        assertTrue(doc.path("attributes").path("old").asBoolean());
        assertEquals("yes", Zarr.openGroup(store, "g").attributes().path("new").asText());
        assertTrue(g.attributes().path("new").isMissingNode(), "the old handle is a snapshot");
        assertEquals("yes", updated.attributes().path("new").asText());
    }

    @Test
    void nestedHierarchiesOfBothFormats() {
        for (int format : new int[]{2, 3}) {
            MemoryStore store = new MemoryStore();
            ZarrGroup root = Zarr.createGroup(store, "", format, null);
            ZarrGroup b = root.createGroup("a").createGroup("b");
            b.createArray("c", ArrayDefinition.of(new long[]{2}, new int[]{1}, org.zarrij.dtype.DataType.UINT8));
            assertEquals(List.of("a"), Zarr.openGroup(store, "").childNames());
            assertEquals(List.of("b"), Zarr.openGroup(store, "a").childNames());
            assertEquals(List.of("c"), Zarr.openGroup(store, "a/b").childNames());
            assertEquals(format, Zarr.openArray(store, "a/b/c").zarrFormat());
        }
    }
}
