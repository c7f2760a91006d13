package org.zarrij.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.array.Region;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrArray;
import org.zarrij.array.ZarrGroup;
import org.zarrij.dtype.DataType;
import org.zarrij.store.FileSystemStore;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;
import org.zarrij.testutil.Python;

/**
 * zarr-python 2.13 writes, we read: one run of python_writes.py writes a matrix of v2 arrays (every dtype x
 * byte order x compressor, with orders, separators, fill values, edge and missing chunks cycled through) and
 * what zarr-python reads back from each as .npy; every array must read here bit for bit the same.
 */
class ZarrPythonWritesTest {
    @TempDir(factory = RamTempDirFactory.class)
    static Path dir;
    static JsonNode index;

    @BeforeAll
    static void pythonWritesTheMatrix() throws IOException {
        String out = Python.run(Resources.script("python_writes.py"), dir.toString());
        assertTrue(out.startsWith("cases "), out);
        index = new ObjectMapper().readTree(dir.resolve("index.json").toFile());
    }

    private static List<JsonNode> cases() {
        return StreamSupport.stream(index.get("cases").spliterator(), false).toList();
    }

    @Test
    void everyArrayReadsAsZarrPythonReadsIt() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (Store store = new FileSystemStore(dir)) {
            for (JsonNode c : cases()) {
                String name = c.get("name").asText();
                try {
                    ZarrArray a = Zarr.openArray(store, c.get("path").asText());
                    String problem = checkHeader(a, c);
                    if (problem == null) {
                        problem = compare(a.read(), a.dataType(), a.shape(), c.get("expected").asText());
                    }
                    if (problem != null) {
                        failures.add(name + ": " + problem);
                    }
                } catch (RuntimeException e) {
                    failures.add(name + ": " + e);
                }
                checked++;
            }
        }
        assertEquals(556, checked, "cases in index.json");
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " arrays differ:\n"
                + String.join("\n", failures));
    }

    @Test
    void regionsWithStepsAndIndicesMatchNumpySlicing() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (Store store = new FileSystemStore(dir)) {
            for (JsonNode c : cases()) {
                for (JsonNode r : c.get("regions")) {
                    String what = c.get("name").asText() + "[" + r.get("spec").asText() + "]";
                    try {
                        ZarrArray a = Zarr.openArray(store, c.get("path").asText());
                        Region region = Region.parse(r.get("spec").asText(), a.shape());
                        String problem = compare(a.read(region), a.dataType(), region.shape(),
                                r.get("expected").asText());
                        if (problem != null) {
                            failures.add(what + ": " + problem);
                        }
                    } catch (RuntimeException e) {
                        failures.add(what + ": " + e);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 300, "regions checked: " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " regions differ:\n"
                + String.join("\n", failures));
    }

    @Test
    void consolidatedGroupIsReadFromItsConsolidatedMetadata() {
        JsonNode g = index.get("groups").get(0);
        try (Store store = Stores.open(dir.toString(), false)) {
            ZarrGroup group = Zarr.openGroup(store, g.get("path").asText());
            List<String> children = new ArrayList<>();
            g.get("children").forEach(n -> children.add(n.asText()));
            assertEquals(children.stream().sorted().toList(), group.childNames());
            assertEquals(g.get("attributes"), group.attributes());
            List<String> failures = new ArrayList<>();
            for (JsonNode m : g.get("members")) {
                // sub/b has no .zarray any more: only .zmetadata describes it
                ZarrArray a = (ZarrArray) group.open(m.get("path").asText());
                String problem = compare(a.read(), a.dataType(), a.shape(), m.get("expected").asText());
                if (problem != null) {
                    failures.add(m.get("path").asText() + ": " + problem);
                }
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    private static String checkHeader(ZarrArray a, JsonNode c) {
        DataType expectedType = DataType.fromNumpy(c.get("dtype").asText()).orElseThrow().dataType();
        long[] shape = StreamSupport.stream(c.get("shape").spliterator(), false).mapToLong(JsonNode::asLong).toArray();
        int[] chunks = StreamSupport.stream(c.get("chunks").spliterator(), false).mapToInt(JsonNode::asInt).toArray();
        if (a.dataType() != expectedType || !Arrays.equals(a.shape(), shape) || !Arrays.equals(a.chunkShape(), chunks)) {
            return "opened as " + a.dataType() + " " + Arrays.toString(a.shape()) + " chunks "
                    + Arrays.toString(a.chunkShape()) + ", expected " + expectedType + " " + Arrays.toString(shape)
                    + " chunks " + Arrays.toString(chunks);
        }
        return null;
    }

    /** Null when {@code got} equals the .npy file bit for bit, else what differs. */
    private static String compare(Object got, DataType type, long[] shape, String expectedFile) {
        NpyFiles.Content want = NpyFiles.read(dir.resolve(expectedFile));
        if (!want.descr().equals(type.numpyTypestr())) {
            return "expected .npy holds " + want.descr() + ", array is " + type.numpyTypestr();
        }
        if (!Arrays.equals(want.shape(), shape)) {
            return "shape " + Arrays.toString(shape) + ", numpy has " + Arrays.toString(want.shape());
        }
        byte[] bytes = LittleEndian.bytes(got);
        int at = Arrays.mismatch(bytes, want.data());
        if (at < 0) {
            return null;
        }
        if (bytes.length != want.data().length) {
            return "read " + bytes.length + " bytes, numpy has " + want.data().length;
        }
        int size = type.itemSize();
        int element = at / size;
        int wrong = 0;
        for (int i = 0; i < bytes.length; i += size) {
            wrong += Arrays.equals(bytes, i, i + size, want.data(), i, i + size) ? 0 : 1;
        }
        return wrong + " of " + bytes.length / size + " elements differ, first at flat index " + element + ": got "
                + hex(bytes, element * size, size) + ", numpy " + hex(want.data(), element * size, size);
    }

    private static String hex(byte[] b, int from, int n) {
        StringBuilder sb = new StringBuilder("0x");
        for (int i = from + n - 1; i >= from; i--) {
            sb.append(String.format("%02x", b[i]));
        }
        return sb.toString();
    }

    @Test
    void theMatrixCoversEveryCombination() {
        // Guards the generator: the full dtype x byte order x compressor product, layouts cycled through.
        List<JsonNode> cs = cases().stream().filter(c -> !c.get("name").asText().startsWith("delta")).toList();
        assertEquals(25 * 22, cs.size());
        for (String order : List.of("C", "F")) {
            for (String sep : List.of(".", "/")) {
                long n = cs.stream().filter(c -> c.get("order").asText().equals(order)
                        && c.get("separator").asText().equals(sep)).count();
                assertTrue(n > 100, order + sep + ": " + n);
            }
        }
        assertTrue(cs.stream().filter(c -> c.get("partial").asBoolean()).count() > 100);
        assertTrue(cs.stream().filter(c -> c.get("fill").isNull()).count() > 100);
        assertArrayEquals(new long[]{0, 1, 2, 3, 4}, cs.stream().mapToLong(c -> c.get("shape").size()).distinct()
                .sorted().toArray());
    }
}
