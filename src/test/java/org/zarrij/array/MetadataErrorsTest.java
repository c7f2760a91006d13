package org.zarrij.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zarrij.MetadataException;
import org.zarrij.UnknownExtensionException;
import org.zarrij.ZarrException;
import org.zarrij.dtype.DataType;
import org.zarrij.store.MemoryStore;

/** Bad metadata gives one clear error naming the key and JSON pointer, never garbage or a stack trace alone. */
class MetadataErrorsTest {
    private static final String GOOD = "{\"zarr_format\":3,\"node_type\":\"array\",\"shape\":[10,10],"
            + "\"data_type\":\"uint16\",\"chunk_grid\":{\"name\":\"regular\",\"configuration\":{\"chunk_shape\":[5,5]}},"
            + "\"chunk_key_encoding\":{\"name\":\"default\",\"configuration\":{\"separator\":\"/\"}},"
            + "\"fill_value\":0,\"codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}}]}";

    private static ZarrException openV3(String json) {
        MemoryStore store = new MemoryStore();
        store.set("img/zarr.json", json.getBytes(StandardCharsets.UTF_8));
        return assertThrows(ZarrException.class, () -> Zarr.open(store, "img"));
    }

    @Test
    void goodDocumentOpens() {
        MemoryStore store = new MemoryStore();
        store.set("img/zarr.json", GOOD.getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new long[]{10, 10}, Zarr.openArray(store, "img").shape());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"shape\":[10,10]|\"shape\":\"abc\"|/shape: expected an array",
        "\"shape\":[10,10]|\"shape\":[-1,10]|/shape/0: expected a non-negative integer",
        "\"shape\":[10,10]|\"shape\":[10]|/chunk_grid/configuration/chunk_shape: expected 1 chunk dimensions",
        "\"chunk_shape\":[5,5]|\"chunk_shape\":[100000,100000]|too large",
        "\"chunk_shape\":[5,5]|\"chunk_shape\":[0,5]|/chunk_grid/configuration/chunk_shape/0: expected a positive integer",
        "\"data_type\":\"uint16\"|\"data_type\":\"string\"|/data_type: unsupported data type \"string\"",
        "\"fill_value\":0|\"fill_value\":\"zero\"|/fill_value: expected an integer",
        "\"fill_value\":0|\"fill_value\":70000|/fill_value: expected an integer in 0..65535",
        "\"name\":\"bytes\"|\"name\":\"nonsense\"|/codecs/0: unknown codec \"nonsense\"",
        "\"zarr_format\":3|\"zarr_format\":\"3\"|/zarr_format: expected an integer",
        "\"node_type\":\"array\"|\"node_type\":\"table\"|/node_type: expected \"array\" or \"group\"",
        "\"fill_value\":0|\"fill_value\":0,\"surprise\":1|/surprise: unknown field \"surprise\" that must be understood",
        "\"fill_value\":0|\"fill_value\":0,\"storage_transformers\":[{\"name\":\"x\"}]|/storage_transformers",
        "\"name\":\"regular\"|\"name\":\"rectilinear\"|/chunk_grid/name: unknown chunk grid",
    })
    void eachBrokenFieldIsNamed(String from, String to, String expected) {
        ZarrException e = openV3(GOOD.replace(from, to));
        assertTrue(e.getMessage().startsWith("img/zarr.json: ") || e.getMessage().contains("img/zarr.json"),
                e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void optionalExtensionsAreKeptAndIgnored() {
        MemoryStore store = new MemoryStore();
        store.set("img/zarr.json", GOOD.replace("\"fill_value\":0", "\"fill_value\":0,\"ext\":{\"must_understand\":false}")
                .getBytes(StandardCharsets.UTF_8));
        ZarrArray a = Zarr.openArray(store, "img");
        assertTrue(V3Metadata.writeArray(a.metadata()).has("ext"));
    }

    @Test
    void unknownMustUnderstandIsAnUnknownExtension() {
        ZarrException e = openV3(GOOD.replace("\"fill_value\":0", "\"fill_value\":0,\"ext\":{\"must_understand\":true}"));
        assertTrue(e instanceof UnknownExtensionException, e.toString());
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        ZarrException e = openV3("{\"zarr_format\": 3,\n \"node_type\": array}");
        assertTrue(e instanceof MetadataException);
        assertTrue(e.getMessage().contains("img/zarr.json: invalid JSON at line 2"), e.getMessage());
        e = openV3(GOOD + " trailing");
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
    }

    @Test
    void nonUtf8AndDeepNestingAreRejected() {
        MemoryStore store = new MemoryStore();
        store.set("a/zarr.json", new byte[]{'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'});
        assertTrue(assertThrows(MetadataException.class, () -> Zarr.open(store, "a")).getMessage().contains("UTF-8"));
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        store.set("b/zarr.json", deep.getBytes(StandardCharsets.UTF_8));
        MetadataException e = assertThrows(MetadataException.class, () -> Zarr.open(store, "b"));
        assertTrue(e.getMessage().contains("b/zarr.json"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"dtype\":\"<u2\"|\"dtype\":[[\"a\",\"<i4\"]]|/dtype: structured dtypes are not supported",
        "\"dtype\":\"<u2\"|\"dtype\":\"<U7\"|/dtype: unsupported dtype \"<U7\"",
        "\"order\":\"C\"|\"order\":\"K\"|/order: expected \"C\" or \"F\"",
        "\"shape\":[4]|\"shape\":[-4]|/shape/0",
        "\"compressor\":null|\"compressor\":{\"id\":\"snappy-magic\"}|/compressor: unsupported codec id \"snappy-magic\"",
        "\"dimension_separator\":\".\"|\"dimension_separator\":\"-\"|/dimension_separator",
    })
    void v2FieldsAreChecked(String from, String to, String expected) {
        String good = "{\"zarr_format\":2,\"shape\":[4],\"chunks\":[2],\"dtype\":\"<u2\",\"compressor\":null,"
                + "\"fill_value\":0,\"order\":\"C\",\"filters\":null,\"dimension_separator\":\".\"}";
        MemoryStore store = new MemoryStore();
        store.set("v/.zarray", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(4, Zarr.openArray(store, "v").shape()[0]);
        store.set("v/.zarray", good.replace(from, to).getBytes(StandardCharsets.UTF_8));
        ZarrException e = assertThrows(ZarrException.class, () -> Zarr.open(store, "v"));
        assertTrue(e.getMessage().contains("v/.zarray: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void fillValuesOfEveryForm() {
        assertEquals(0x7fc00000, java.nio.ByteBuffer.wrap(org.zarrij.dtype.FillValues.parse(
                Json.MAPPER.getNodeFactory().textNode("0x7fc00000"), DataType.FLOAT32, "f"))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
        for (String s : new String[]{"NaN", "Infinity", "-Infinity"}) {
            byte[] b = org.zarrij.dtype.FillValues.parse(Json.MAPPER.getNodeFactory().textNode(s), DataType.FLOAT64, "f");
            assertEquals(s, org.zarrij.dtype.FillValues.toJson(b, DataType.FLOAT64).asText());
        }
    }
}
