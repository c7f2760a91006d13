package org.zarrij.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.array.ArrayDefinition;
import org.zarrij.array.Region;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrArray;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;
import org.zarrij.dtype.DataType.ByteOrderMark;
import org.zarrij.store.Stores;
import org.zarrij.testutil.ElementBytes;
import org.zarrij.testutil.Node;

/**
 * zarr-ij writes Zarr v3 arrays, zarrita (the JavaScript Zarr implementation in src/test/zarrita) reads them in
 * one node run and compares with the expected values: every data type zarrita has (all but float16: Node 20
 * has no Float16Array), bytes little/big endian, fill values, edge, missing and partly written chunks, C and F
 * order and other transposes, gzip, numcodecs.zlib, zstd, numcodecs.lz4, blosc (five compressors, three
 * shuffles), crc32c, chains, and sharding_indexed (through {@link ArrayDefinition#withShards} and through
 * hand-written metadata for other index codecs and nested codecs inside shards).
 *
 * <p>Not covered: shards with {@code "index_location": "start"}, because zarrita 0.7 ignores index_location
 * and always reads the index from the shard's end (ZarritaWritesTest and ShardingTest cover our reading and
 * writing of them).
 */
class ZarritaReadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * SMALL (data types, byte order, fill values): 10 x 11 in chunks 3 x 4, written in three boxes, so there are
     * edge chunks, a missing chunk and partly written chunks. LARGE (codecs, orders, sharding): the same pattern
     * over 40 x 50 in chunks 16 x 24, or shards 16 x 24 of 8 x 12 (some shards absent, some half full), large
     * enough that blosc compresses instead of copying.
     */
    private static final long[] SMALL = {10, 11};
    private static final long[][][] SMALL_BOXES = {{{0, 4}, {0, 11}}, {{4, 7}, {0, 9}}, {{8, 10}, {0, 3}}};
    private static final long[] LARGE = {40, 50};
    private static final int[] LARGE_CHUNKS = {16, 24};
    private static final long[][][] LARGE_BOXES = {{{0, 20}, {0, 50}}, {{20, 30}, {0, 40}}, {{32, 40}, {0, 10}}};
    private static final long[] LARGE3 = {12, 10, 14};
    private static final long[][][] LARGE3_BOXES = {{{0, 8}, {0, 10}, {0, 8}}, {{8, 12}, {0, 5}, {0, 14}}};

    private Path dir;
    private final ArrayNode cases = JSON.createArrayNode();
    private final Random random = new Random(20240607);

    @Test
    void zarritaReadsWhatWeWrote(@TempDir Path tmp) throws IOException {
        dir = tmp;
        writeAll();
        Files.write(dir.resolve("cases.json"), JSON.writeValueAsBytes(cases));
        String out = Node.run("read-arrays.mjs", dir.toString());
        List<String> failures = new ArrayList<>();
        List<String> ok = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("OK ")) {
                ok.add(line.substring(3).trim());
            } else if (!line.isBlank()) {
                failures.add(line);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " arrays read wrong by zarrita:\n"
                + String.join("\n", failures));
        List<String> names = new ArrayList<>();
        cases.forEach(c -> names.add(c.get("name").asText()));
        assertEquals(names, ok, "every case read OK by zarrita");
    }

    private void writeAll() {
        Object[][] fills = {{DataType.BOOL, 1}, {DataType.INT8, -3}, {DataType.INT16, -300}, {DataType.INT32, -70000},
            {DataType.INT64, -5e9}, {DataType.UINT8, 200}, {DataType.UINT16, 60000}, {DataType.UINT32, 4e9},
            {DataType.UINT64, 9007199254740991d}, {DataType.FLOAT32, Double.NaN}, {DataType.FLOAT64, -2.5}};
        long[][][] withScalar = Arrays.copyOf(SMALL_BOXES, SMALL_BOXES.length + 1);
        withScalar[SMALL_BOXES.length] = new long[][]{{9, 10}, {10, 11}};
        for (Object[] f : fills) {
            DataType t = (DataType) f[0];
            double fill = ((Number) f[1]).doubleValue();
            // Random bits: every value, the extremes and the float specials.
            define("dtype_" + t.v3Name(), small(t, fill), withScalar, true);
            if (t.itemSize() > 1) {
                define("big_endian_" + t.v3Name(), small(t, fill).withByteOrder(ByteOrderMark.BIG), SMALL_BOXES, true);
            }
        }
        define("fill_default_uint8", ArrayDefinition.of(SMALL, new int[]{3, 4}, DataType.UINT8), SMALL_BOXES, false);
        define("fill_infinity_float64", small(DataType.FLOAT64, Double.POSITIVE_INFINITY), SMALL_BOXES, false);
        define("fill_minus_infinity_float32", small(DataType.FLOAT32, Double.NEGATIVE_INFINITY), SMALL_BOXES, false);
        define("separator_dot", small(DataType.INT16, 5).withSeparator('.'), SMALL_BOXES, false);
        define("one_dim", ArrayDefinition.of(new long[]{100}, new int[]{32}, DataType.FLOAT32)
                .withFillValue(element(DataType.FLOAT32, 1.5)), new long[][][]{{{0, 70}}}, false);
        define("chunk_bigger_than_array", ArrayDefinition.of(new long[]{5, 3}, new int[]{8, 8}, DataType.UINT32)
                .withFillValue(element(DataType.UINT32, 9)), new long[][][]{{{1, 4}, {0, 2}}}, false);
        define("zero_dim", ArrayDefinition.of(new long[0], new int[0], DataType.FLOAT64), new long[][][]{{}}, true);
        define("order_F_2d", large(DataType.UINT16, 0).withOrder('F'), LARGE_BOXES, false);
        define("order_F_3d", ArrayDefinition.of(LARGE3, new int[]{8, 6, 8}, DataType.FLOAT32).withOrder('F'),
                LARGE3_BOXES, false);
        fromJson("transpose_3d_big_zstd", DataType.FLOAT32, LARGE3, new int[]{8, 6, 8}, 0, LARGE3_BOXES, """
                [{"name":"transpose","configuration":{"order":[2,0,1]}},{"name":"bytes","configuration":{"endian":"big"}},
                 {"name":"zstd","configuration":{"level":3,"checksum":false}}]""");

        compressed("gzip_level1", DataType.UINT16, "{\"name\":\"gzip\",\"configuration\":{\"level\":1}}");
        define("gzip_level9_big_endian", large(DataType.FLOAT64, 0).withByteOrder(ByteOrderMark.BIG)
                .withCompressors(List.of(codec(DataType.FLOAT64, "{\"name\":\"gzip\",\"configuration\":{\"level\":9}}"))),
                LARGE_BOXES, false);
        compressed("numcodecs_zlib", DataType.INT32, "{\"name\":\"numcodecs.zlib\",\"configuration\":{\"level\":4}}");
        compressed("zstd_level3", DataType.UINT16, "{\"name\":\"zstd\",\"configuration\":{\"level\":3,\"checksum\":false}}");
        compressed("zstd_checksum", DataType.FLOAT64, "{\"name\":\"zstd\",\"configuration\":{\"level\":5,\"checksum\":true}}");
        compressed("numcodecs_lz4", DataType.INT32, "{\"name\":\"numcodecs.lz4\",\"configuration\":{\"acceleration\":1}}");
        compressed("crc32c", DataType.INT16, "{\"name\":\"crc32c\"}");
        Object[][] blosc = {{"blosclz", DataType.UINT16}, {"lz4", DataType.INT32}, {"lz4hc", DataType.FLOAT64},
            {"zlib", DataType.UINT8}, {"zstd", DataType.INT64}};
        for (Object[] b : blosc) {
            DataType t = (DataType) b[1];
            for (String shuffle : List.of("noshuffle", "shuffle", "bitshuffle")) {
                compressed("blosc_" + b[0] + "_" + shuffle, t, blosc((String) b[0], shuffle, t));
            }
        }
        compressed("chain_blosc_crc32c", DataType.INT32, blosc("lz4", "shuffle", DataType.INT32), "{\"name\":\"crc32c\"}");
        compressed("chain_gzip_crc32c", DataType.UINT64, "{\"name\":\"gzip\",\"configuration\":{\"level\":5}}",
                "{\"name\":\"crc32c\"}");

        sharded("sharded_plain", DataType.UINT16, 7);
        sharded("sharded_gzip", DataType.FLOAT32, 0, "{\"name\":\"gzip\",\"configuration\":{\"level\":5}}");
        sharded("sharded_zstd", DataType.INT64, -1, "{\"name\":\"zstd\",\"configuration\":{\"level\":3,\"checksum\":false}}");
        sharded("sharded_blosc_bitshuffle", DataType.INT16, 0, blosc("zstd", "bitshuffle", DataType.INT16));
        sharded("sharded_crc32c_inner", DataType.UINT8, 0, "{\"name\":\"crc32c\"}");
        define("sharded_order_F", ArrayDefinition.of(LARGE, new int[]{8, 12}, DataType.FLOAT64)
                .withOrder('F').withShards(LARGE_CHUNKS), LARGE_BOXES, false);
        define("sharded_3d", ArrayDefinition.of(LARGE3, new int[]{4, 3, 4}, DataType.UINT32)
                .withFillValue(element(DataType.UINT32, 11)).withShards(new int[]{8, 6, 8}), LARGE3_BOXES, false);
        String bytesLE = "{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}}";
        String bytesBE = "{\"name\":\"bytes\",\"configuration\":{\"endian\":\"big\"}}";
        shardedJson("sharded_index_big_endian_no_crc", DataType.FLOAT64, "[" + bytesLE + "]", "[" + bytesBE + "]");
        shardedJson("sharded_index_little_no_crc", DataType.INT32, "[" + bytesBE + "]", "[" + bytesLE + "]");
        shardedJson("sharded_nested_codecs", DataType.INT16, "[{\"name\":\"transpose\",\"configuration\":{\"order\":[1,0]}},"
                + bytesBE + "," + blosc("zstd", "bitshuffle", DataType.INT16) + ",{\"name\":\"crc32c\"}]",
                "[" + bytesLE + ",{\"name\":\"crc32c\"}]");
    }

    private static ArrayDefinition small(DataType t, double fill) {
        return ArrayDefinition.of(SMALL, new int[]{3, 4}, t).withFillValue(element(t, fill));
    }

    private static ArrayDefinition large(DataType t, double fill) {
        return ArrayDefinition.of(LARGE, LARGE_CHUNKS, t).withFillValue(element(t, fill));
    }

    private void compressed(String name, DataType t, String... codecs) {
        List<Codec> list = Arrays.stream(codecs).map(c -> codec(t, c)).toList();
        define(name, large(t, 0).withCompressors(list), LARGE_BOXES, false);
    }

    /** Shards 16 x 24 of inner chunks 8 x 12, through {@link ArrayDefinition#withShards}. */
    private void sharded(String name, DataType t, double fill, String... codecs) {
        List<Codec> list = Arrays.stream(codecs).map(c -> codec(t, c)).toList();
        define(name, ArrayDefinition.of(LARGE, new int[]{8, 12}, t).withFillValue(element(t, fill))
                .withCompressors(list).withShards(LARGE_CHUNKS), LARGE_BOXES, false);
    }

    /** Shards 16 x 24 of inner chunks 8 x 12 with the given inner and index codecs, index at the end. */
    private void shardedJson(String name, DataType t, String innerCodecs, String indexCodecs) {
        fromJson(name, t, LARGE, LARGE_CHUNKS, 3, LARGE_BOXES, "[{\"name\":\"sharding_indexed\",\"configuration\":"
                + "{\"chunk_shape\":[8,12],\"codecs\":" + innerCodecs + ",\"index_codecs\":" + indexCodecs
                + ",\"index_location\":\"end\"}}]");
    }

    private static String blosc(String cname, String shuffle, DataType t) {
        return "{\"name\":\"blosc\",\"configuration\":{\"cname\":\"" + cname + "\",\"clevel\":5,\"shuffle\":\"" + shuffle
                + "\",\"typesize\":" + t.itemSize() + ",\"blocksize\":0}}";
    }

    private static Codec codec(DataType t, String json) {
        try {
            return ArrayDefinition.codec(CodecRegistry.global(), (ObjectNode) JSON.readTree(json), t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One element of {@code t} holding {@code v}, little-endian. */
    private static byte[] element(DataType t, double v) {
        ByteBuffer b = ByteBuffer.allocate(t.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        switch (t) {
            case BOOL -> b.put((byte) (v != 0 ? 1 : 0));
            case INT8, UINT8 -> b.put((byte) (long) v);
            case INT16, UINT16 -> b.putShort((short) (long) v);
            case INT32, UINT32 -> b.putInt((int) (long) v);
            case INT64, UINT64 -> b.putLong((long) v);
            case FLOAT32 -> b.putFloat((float) v);
            case FLOAT64 -> b.putDouble(v);
            default -> throw new IllegalArgumentException(t.name());
        }
        return b.array();
    }

    private Path arrayDir(String name) {
        return dir.resolve(name);
    }

    /** An array made by {@link Zarr#createArray}; {@code dense}: random bits, else compressible values. */
    private void define(String name, ArrayDefinition definition, long[][][] boxes, boolean dense) {
        ZarrArray array = Zarr.createArray(Stores.open(arrayDir(name).toString(), true), "", definition, false);
        byte[] fill = definition.fillValue() == null ? new byte[definition.dataType().itemSize()] : definition.fillValue();
        fillIn(name, array, fill, boxes, dense);
    }

    /** An array from hand-written metadata (for codec lists {@link ArrayDefinition} does not make). */
    private void fromJson(String name, DataType t, long[] shape, int[] grid, double fill, long[][][] boxes,
            String codecs) {
        String fillJson = t.isInteger() ? Long.toString((long) fill) : Double.toString(fill);
        String doc = "{\"zarr_format\":3,\"node_type\":\"array\",\"shape\":" + Arrays.toString(shape)
                + ",\"data_type\":\"" + t.v3Name() + "\",\"chunk_grid\":{\"name\":\"regular\",\"configuration\":"
                + "{\"chunk_shape\":" + Arrays.toString(grid) + "}},\"chunk_key_encoding\":{\"name\":\"default\","
                + "\"configuration\":{\"separator\":\"/\"}},\"fill_value\":" + fillJson + ",\"codecs\":" + codecs
                + ",\"attributes\":{}}";
        try {
            Files.createDirectories(arrayDir(name));
            Files.writeString(arrayDir(name).resolve("zarr.json"), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fillIn(name, Zarr.openArray(Stores.open(arrayDir(name).toString(), true), ""), element(t, fill), boxes, false);
    }

    /** Writes random values into {@code boxes} of {@code array}; records the expected whole array and the case. */
    private void fillIn(String name, ZarrArray array, byte[] fill, long[][][] boxes, boolean dense) {
        DataType t = array.dataType();
        long[] shape = array.shape();
        byte[] expected = ElementBytes.repeat(fill, Arrays.stream(shape).reduce(1, (a, b) -> a * b));
        for (long[][] box : boxes) {
            long[] lo = Arrays.stream(box).mapToLong(b -> b[0]).toArray();
            long[] hi = Arrays.stream(box).mapToLong(b -> b[1]).toArray();
            long[] size = new long[lo.length];
            Arrays.setAll(size, i -> hi[i] - lo[i]);
            int n = (int) Arrays.stream(size).reduce(1, (a, b) -> a * b);
            byte[] values = dense ? ElementBytes.random(t, n, random) : ElementBytes.smooth(t, n, random);
            ElementBytes.paste(expected, shape, lo, hi, t.itemSize(), values);
            array.write(Region.box(lo, size), ElementBytes.toArray(values, t));
        }
        try {
            Files.write(dir.resolve(name + ".bin"), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode c = cases.addObject();
        c.put("name", name);
        c.put("dtype", t.v3Name());
        ArrayNode s = c.putArray("shape");
        Arrays.stream(shape).forEach(s::add);
        if (shape.length > 0) {
            // An inner box crossing chunk (and shard) borders, read as a second zarr.get.
            ObjectNode box = c.putObject("box");
            ArrayNode lo = box.putArray("lo");
            ArrayNode hi = box.putArray("hi");
            for (long d : shape) {
                lo.add(d >= 3 ? 1 : 0);
                hi.add(d >= 3 ? d - 1 : d);
            }
        }
    }
}
