package org.zarrij.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.array.ArrayDefinition;
import org.zarrij.array.Region;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrArray;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecContext;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.FillValues;
import org.zarrij.dtype.Float16;
import org.zarrij.store.FileSystemStore;
import org.zarrij.store.Store;
import org.zarrij.testutil.Python;

/**
 * We write, zarr-python 2.13 reads: a matrix of v2 arrays (every dtype x byte order x codec, with orders,
 * separators, fill values, edge and missing chunks cycled through) and the data we meant as .npy files; one
 * run of python_reads.py opens each with zarr and compares. zarr-python 2.13 cannot read v3, so v3 arrays are
 * read back here and python_reads.py decodes their chunk files with numcodecs on its own.
 */
class ZarrPythonReadsTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> DTYPES = dtypes();
    private static final List<String> BLOSC_CNAMES = List.of("blosclz", "lz4", "lz4hc", "zlib", "zstd");
    private static final List<String> SHUFFLES = List.of("noshuffle", "shuffle", "bitshuffle");
    private static final List<String> V2_CODECS = v2Codecs();
    private static final List<String> V3_CODECS = List.of("none", "gzip", "zstd", "blosc", "crc32c", "numcodecs");
    private static final List<String> V3_NUMCODECS = List.of("numcodecs.zlib", "numcodecs.lz4", "numcodecs.bz2",
            "numcodecs.lzma");
    /** Period 9 is coprime with the codec and layout counts, so every pairing occurs. */
    private static final long[][] SHAPES = {{7, 9, 5}, {10, 11}, {7, 9, 5}, {23}, {7, 9, 5}, {3, 4, 5, 6}, {4, 6, 3},
        {7, 9, 5}, {}};
    private static final int[][] CHUNKS = {{3, 4, 5}, {4, 3}, {3, 4, 5}, {5}, {3, 4, 5}, {2, 3, 2, 4}, {4, 6, 3},
        {3, 4, 5}, {}};
    private static final List<String> FILLS = List.of("zero", "nonzero", "special", "none");

    @TempDir(factory = RamTempDirFactory.class)
    Path dir;

    private final Random random = new Random(20240611);
    private final ArrayNode cases = JSON.arrayNode();
    private final List<String> javaFailures = new ArrayList<>();
    private final List<String[]> layoutCycle = new ArrayList<>();

    private static List<String> dtypes() {
        List<String> d = new ArrayList<>(List.of("|b1", "|i1", "|u1"));
        for (String t : List.of("i2", "i4", "i8", "u2", "u4", "u8", "f2", "f4", "f8", "c8", "c16")) {
            d.add("<" + t);
            d.add(">" + t);
        }
        return d;
    }

    private static List<String> v2Codecs() {
        List<String> c = new ArrayList<>(List.of("none", "gzip", "zlib", "zstd", "lz4", "bz2", "lzma"));
        for (String cname : BLOSC_CNAMES) {
            for (String shuffle : SHUFFLES) {
                c.add("blosc-" + cname + "-" + shuffle);
            }
        }
        return c;
    }

    @Test
    void zarrPythonReadsWhatWeWrite() throws IOException {
        Files.createDirectories(dir.resolve("expected"));
        int counter = 0;
        try (Store store = new FileSystemStore(dir)) {
            for (String dtype : DTYPES) {
                for (String codec : V2_CODECS) {
                    String[] layout = nextLayout(true);
                    int s = counter % SHAPES.length;
                    String name = String.format("v2_%03d_%s_%s_%s%s_%s", counter, tag(dtype), codec, layout[0],
                            layout[1].equals(".") ? "dot" : "slash", layout[2]);
                    int k = counter;
                    writeCase(store, name, 2, dtype, () -> v2Codec(codec, dtype, k), layout, SHAPES[s], CHUNKS[s],
                            counter);
                    counter++;
                }
            }
            layoutCycle.clear();
            for (String dtype : DTYPES) {
                for (String codec : V3_CODECS) {
                    String[] layout = nextLayout(false);
                    int s = counter % SHAPES.length;
                    String name = String.format("v3_%03d_%s_%s_%s%s_%s", counter, tag(dtype), codec, layout[0],
                            layout[1].equals(".") ? "dot" : "slash", layout[2]);
                    int k = counter;
                    writeCase(store, name, 3, dtype, () -> v3Codecs(codec, dtype, k), layout, SHAPES[s], CHUNKS[s],
                            counter);
                    counter++;
                }
            }
            writeAllZeroChunkWithoutFillValue(store);
        }
        ObjectNode index = JSON.objectNode();
        index.set("cases", cases);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("index.json").toFile(), index);

        String out = Python.run(Resources.script("python_reads.py"), dir.toString());
        List<String> lines = out.lines().toList();
        List<String> fails = lines.stream().filter(l -> !l.startsWith("OK ")).toList();
        long ok = lines.stream().filter(l -> l.startsWith("OK ")).count();
        assertTrue(javaFailures.isEmpty() && fails.isEmpty(), javaFailures.size()
                + " cases fail here (writing, or reading back what we wrote):\n" + String.join("\n", javaFailures)
                + "\n" + fails.size() + " of " + cases.size() + " cases fail in zarr-python:\n"
                + String.join("\n", fails));
        assertEquals(cases.size(), ok, "one OK line per case");
        assertEquals(25 * 22 + 25 * 6 + 1, cases.size(), "cases written");
    }

    /** Layouts (order, separator, fill) taken from shuffled runs, so each appears equally often. */
    private String[] nextLayout(boolean v2) {
        if (layoutCycle.isEmpty()) {
            for (String order : List.of("C", "F")) {
                for (String sep : List.of(".", "/")) {
                    for (String fill : v2 ? FILLS : FILLS.subList(0, 3)) {
                        layoutCycle.add(new String[]{order, sep, fill});
                    }
                }
            }
            Collections.shuffle(layoutCycle, random);
        }
        return layoutCycle.remove(layoutCycle.size() - 1);
    }

    /** Writes one case; a failure is recorded (the case then missing from the index) and the others go on. */
    private void writeCase(Store store, String name, int format, String dtype, Supplier<List<Codec>> codecs,
                           String[] layout, long[] shape, int[] chunks, int counter) {
        try {
            writeAndCheckCase(store, name, format, dtype, codecs.get(), layout, shape, chunks, counter);
        } catch (RuntimeException e) {
            javaFailures.add(name + ": " + e);
        }
    }

    private void writeAndCheckCase(Store store, String name, int format, String dtype, List<Codec> codecs,
                                   String[] layout, long[] shape, int[] chunks, int counter) {
        DataType.NumpyType nt = DataType.fromNumpy(dtype).orElseThrow();
        DataType type = nt.dataType();
        JsonNode fillJson = fillJson(type, layout[2]);
        byte[] fill = fillJson == null ? null : FillValues.parse(fillJson, type, name);
        ArrayDefinition def = ArrayDefinition.of(shape, chunks, type).withZarrFormat(format)
                .withByteOrder(nt.order()).withOrder(layout[0].charAt(0)).withSeparator(layout[1].charAt(0))
                .withFillValue(fill).withCompressors(codecs);
        String path = "arrays/" + name;
        ZarrArray array = Zarr.createArray(store, path, def, false);
        int n = Math.toIntExact(array.metadata().numElements());
        byte[] data = randomData(type, n);
        byte[] expected;
        // Without a fill value zarr-python reads missing chunks as uninitialised memory: write those whole.
        boolean partial = fill != null && shape.length > 0 && counter % 2 == 0;
        if (partial) {
            expected = LittleEndian.repeat(fill, n);
            long[] headSize = shape.clone();
            headSize[0] = Math.min(shape[0], chunks[0] + 1);
            long[] corner = new long[shape.length];
            long[] one = new long[shape.length];
            for (int d = 0; d < shape.length; d++) {
                corner[d] = shape[d] - 1;
                one[d] = 1;
            }
            for (Region r : List.of(Region.box(new long[shape.length], headSize), Region.box(corner, one))) {
                byte[] part = LittleEndian.extract(data, shape, r, type.itemSize());
                array.write(r, LittleEndian.primitive(part, type));
                LittleEndian.paste(expected, shape, r, part, type.itemSize());
            }
        } else {
            array.write(Region.all(shape), LittleEndian.primitive(data, type));
            expected = data;
        }
        NpyFiles.write(dir.resolve("expected/" + name + ".npy"), type, shape, expected);
        byte[] back = LittleEndian.bytes(Zarr.openArray(store, path).read());
        if (!Arrays.equals(back, expected)) {
            javaFailures.add(name + ": differs at byte " + Arrays.mismatch(back, expected));
        }

        ObjectNode c = cases.addObject();
        c.put("name", name);
        c.put("path", path);
        c.put("format", format);
        c.put("dtype", dtype);
        c.put("v3_dtype", type.v3Name());
        ArrayNode sh = c.putArray("shape");
        Arrays.stream(shape).forEach(sh::add);
        ArrayNode ch = c.putArray("chunks");
        Arrays.stream(chunks).forEach(ch::add);
        c.put("order", layout[0]);
        c.put("separator", layout[1]);
        c.set("fill", fillJson == null ? JSON.nullNode() : fillJson);
        c.set("compressor", expectedCompressor(format, codecs));
        c.put("partial", partial);
        c.put("expected", "expected/" + name + ".npy");
    }

    /** An int32 v2 array without fill value whose first chunk is all zeros: it must still be stored. */
    private void writeAllZeroChunkWithoutFillValue(Store store) {
        String name = "v2_nofill_zero_chunk";
        ZarrArray a = Zarr.createArray(store, "arrays/" + name, ArrayDefinition.of(new long[]{8}, new int[]{4},
                DataType.INT32).withZarrFormat(2), false);
        int[] data = {0, 0, 0, 0, 1, 2, 3, 4};
        a.write(Region.all(new long[]{8}), data);
        NpyFiles.write(dir.resolve("expected/" + name + ".npy"), DataType.INT32, new long[]{8},
                LittleEndian.bytes(data));
        ObjectNode c = cases.addObject();
        c.put("name", name);
        c.put("path", "arrays/" + name);
        c.put("format", 2);
        c.put("dtype", "<i4");
        c.putArray("shape").add(8);
        c.putArray("chunks").add(4);
        c.put("order", "C");
        c.put("separator", ".");
        c.set("fill", JSON.nullNode());
        c.set("compressor", JSON.nullNode());
        c.put("partial", false);
        c.put("expected", "expected/" + name + ".npy");
    }

    /** What zarr-python must find as compressor config (v2), or the v3 codec names after "bytes". */
    private static JsonNode expectedCompressor(int format, List<Codec> codecs) {
        if (format == 3) {
            ArrayNode names = JSON.arrayNode();
            codecs.forEach(c -> names.add(c.name()));
            return names;
        }
        return codecs.isEmpty() ? JSON.nullNode() : codecs.get(codecs.size() - 1).toV2Json().orElseThrow();
    }

    private static JsonNode fillJson(DataType type, String kind) {
        switch (kind) {
            case "none":
                return null;
            case "zero":
                return type.isComplex() ? pair(JSON.numberNode(0), JSON.numberNode(0))
                        : type == DataType.BOOL ? JSON.booleanNode(false) : JSON.numberNode(0);
            default:
                break;
        }
        boolean special = kind.equals("special");
        if (type == DataType.BOOL) {
            return JSON.booleanNode(true);
        }
        if (type.isInteger()) {
            int bits = type.itemSize() * 8;
            if (!special) {
                return JSON.numberNode(type.isSigned() ? -7 : 200);
            }
            return type.isSigned() ? JSON.numberNode(java.math.BigInteger.ONE.shiftLeft(bits - 1).negate())
                    : JSON.numberNode(java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE));
        }
        JsonNode value = special ? JSON.textNode("NaN") : JSON.numberNode(-2.25);
        return type.isComplex() ? pair(value, special ? JSON.numberNode(0) : JSON.numberNode(1.5)) : value;
    }

    private static ArrayNode pair(JsonNode re, JsonNode im) {
        ArrayNode a = JSON.arrayNode();
        a.add(re);
        a.add(im);
        return a;
    }

    private List<Codec> v2Codec(String spec, String dtype, int counter) {
        DataType type = DataType.fromNumpy(dtype).orElseThrow().dataType();
        ObjectNode c = JSON.objectNode();
        String[] p = spec.split("-");
        switch (p[0]) {
            case "none" -> {
                return List.of();
            }
            case "gzip", "zlib", "bz2" -> c.put("id", p[0]).put("level", 1 + counter % 9);
            case "zstd" -> c.put("id", "zstd").put("level", new int[]{1, 3, 9, -1}[counter % 4]);
            case "lz4" -> c.put("id", "lz4").put("acceleration", 1 + counter % 2 * 4);
            case "lzma" -> c.put("id", "lzma").put("format", 1).put("check", -1).put("preset", 1 + counter % 2 * 5)
                    .putNull("filters");
            case "blosc" -> c.put("id", "blosc").put("cname", p[1]).put("clevel", new int[]{5, 1, 9, 0}[counter % 4])
                    .put("shuffle", SHUFFLES.indexOf(p[2])).put("blocksize", new int[]{0, 256, 0}[counter % 3]);
            default -> throw new IllegalArgumentException(spec);
        }
        return List.of(CodecRegistry.global().fromV2(c, new CodecContext(type, spec)));
    }

    private List<Codec> v3Codecs(String spec, String dtype, int counter) {
        DataType type = DataType.fromNumpy(dtype).orElseThrow().dataType();
        List<ObjectNode> entries = new ArrayList<>();
        switch (spec) {
            case "none" -> {
            }
            case "gzip" -> entries.add(v3("gzip", config().put("level", 1 + counter % 9)));
            case "zstd" -> entries.add(v3("zstd", config().put("level", new int[]{1, 3, 9, -1}[counter % 4])
                    .put("checksum", counter % 2 == 0)));
            case "blosc" -> entries.add(v3("blosc", config().put("cname", BLOSC_CNAMES.get(counter % 5))
                    .put("clevel", 5).put("shuffle", SHUFFLES.get(counter % 3)).put("typesize", type.itemSize())
                    .put("blocksize", new int[]{0, 256}[counter % 2])));
            case "crc32c" -> {
                entries.add(v3("gzip", config().put("level", 1)));
                entries.add(v3("crc32c", config()));
            }
            case "numcodecs" -> {
                String name = V3_NUMCODECS.get(counter % V3_NUMCODECS.size());
                ObjectNode c = switch (name) {
                    case "numcodecs.zlib", "numcodecs.bz2" -> config().put("level", 1);
                    case "numcodecs.lz4" -> config().put("acceleration", 1);
                    default -> config().put("format", 1).put("check", -1).put("preset", 1).putNull("filters");
                };
                entries.add(v3(name, c));
            }
            default -> throw new IllegalArgumentException(spec);
        }
        List<Codec> codecs = new ArrayList<>();
        for (ObjectNode e : entries) {
            codecs.add(ArrayDefinition.codec(CodecRegistry.global(), e, type));
        }
        return codecs;
    }

    private static ObjectNode config() {
        return JSON.objectNode();
    }

    private static ObjectNode v3(String name, ObjectNode configuration) {
        ObjectNode entry = JSON.objectNode();
        entry.put("name", name);
        entry.set("configuration", configuration);
        return entry;
    }

    /** Random values of {@code type}, little-endian, with NaN, infinities and -0.0 among floats. */
    private byte[] randomData(DataType type, int n) {
        byte[] out = new byte[n * type.itemSize()];
        if (type == DataType.BOOL) {
            for (int i = 0; i < n; i++) {
                out[i] = (byte) (random.nextBoolean() ? 1 : 0);
            }
            return out;
        }
        if (type.isInteger()) {
            random.nextBytes(out);
            return out;
        }
        int parts = type.isComplex() ? 2 : 1;
        int size = type.componentSize();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(out).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        double[][] values = new double[parts][n];
        for (int p = 0; p < parts; p++) {
            for (int i = 0; i < n; i++) {
                values[p][i] = random.nextGaussian() * 100;
            }
            double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0};
            for (int k = 0; k < Math.min(n, specials.length); k++) {
                values[p][random.nextInt(n)] = specials[k];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < parts; p++) {
                double v = values[p][i];
                switch (size) {
                    case 2 -> b.putShort(Float16.fromFloat((float) v));
                    case 4 -> b.putFloat((float) v);
                    default -> b.putDouble(v);
                }
            }
        }
        return out;
    }

    private static String tag(String dtype) {
        return dtype.replace('<', 'L').replace('>', 'B').replace("|", "");
    }
}
