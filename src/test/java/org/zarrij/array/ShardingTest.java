package org.zarrij.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zarrij.CodecException;
import org.zarrij.MetadataException;
import org.zarrij.ZarrException;
import org.zarrij.codec.Codec;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;
import org.zarrij.store.MemoryStore;
import org.zarrij.store.CountingStore;

/** sharding_indexed: round trips, partial reads that cost two requests, writes per shard, and bad shards. */
class ShardingTest {

    private static Codec codec(String json) {
        return CodecRegistry.global().fromV3(Json.parse(json.getBytes(StandardCharsets.UTF_8), "test"),
                new org.zarrij.codec.CodecContext(DataType.UINT16, "test"));
    }

    private static ZarrArray sharded(MemoryStore store, List<Codec> inner) {
        return Zarr.createArray(store, "s", ArrayDefinition.of(new long[]{40, 36}, new int[]{8, 6}, DataType.UINT16)
                .withCompressors(inner).withShards(new int[]{16, 18}), false);
    }

    private static short[] data(int n) {
        short[] d = new short[n];
        for (int i = 0; i < n; i++) {
            d[i] = (short) (i * 31 % 1000);
        }
        return d;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"name\":\"gzip\",\"configuration\":{\"level\":5}}",
        "{\"name\":\"zstd\",\"configuration\":{\"level\":3,\"checksum\":false}}",
        "{\"name\":\"blosc\",\"configuration\":{\"cname\":\"lz4\",\"clevel\":5,\"shuffle\":\"shuffle\",\"typesize\":2,\"blocksize\":0}}",
        "{\"name\":\"crc32c\"}"})
    void roundTripsWithInnerCodecs(String inner) {
        MemoryStore store = new MemoryStore();
        ZarrArray a = sharded(store, inner.isEmpty() ? List.of() : List.of(codec(inner)));
        short[] d = data(40 * 36);
        a.write(Region.all(a.shape()), d);
        assertArrayEquals(d, (short[]) Zarr.openArray(store, "s").read());
        assertEquals(6, store.list("s").stream().filter(k -> k.contains("/c/")).count(), "3 x 2 shards (edge shards included)");
    }

    @Test
    void oneInnerChunkCostsTwoRangeRequests() {
        MemoryStore mem = new MemoryStore();
        ZarrArray a = sharded(mem, List.of(codec("{\"name\":\"gzip\",\"configuration\":{\"level\":1}}")));
        a.write(Region.all(a.shape()), data(40 * 36));
        CountingStore store = new CountingStore(mem);
        ZarrArray r = Zarr.openArray(store, "s");
        store.reset();
        short[] one = (short[]) r.read(Region.box(new long[]{8, 6}, new long[]{8, 6}));
        assertEquals(0, store.gets.get(), "no whole-shard reads");
        assertEquals(2, store.rangeGets.get(), "the index, then the chunk");
        long shardBytes = mem.get("s/c/0/0").orElseThrow().length;
        assertTrue(store.bytesRead.get() < shardBytes / 2, store.bytesRead.get() + " of " + shardBytes);
        short[] all = data(40 * 36);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 6; x++) {
                assertEquals(all[(8 + y) * 36 + 6 + x], one[y * 6 + x]);
            }
        }
        store.reset();
        r.read(Region.box(new long[]{0, 0}, new long[]{8, 12}));
        assertEquals(3, store.rangeGets.get(), "one index and the two inner chunks the region touches");
    }

    @Test
    void emptyInnerChunksAreMissingAndEmptyShardsAreNotStored() {
        MemoryStore store = new MemoryStore();
        ZarrArray a = sharded(store, List.of());
        short[] d = new short[40 * 36];
        d[0] = 7;
        a.write(Region.all(a.shape()), d);
        assertEquals(List.of("s/c/0/0", "s/zarr.json"), store.list("s"));
        byte[] shard = store.get("s/c/0/0").orElseThrow();
        assertEquals(8 * 6 * 2 + 6 * 16 + 4, shard.length, "one inner chunk, a 6-entry index and its crc32c");
        assertArrayEquals(d, (short[]) a.read());
    }

    @Test
    void writesStoreEachShardOnceAndMergePartialShards() {
        MemoryStore mem = new MemoryStore();
        CountingStore store = new CountingStore(mem);
        ZarrArray a = sharded(mem, List.of());
        a = Zarr.openArray(store, "s");
        store.reset();
        short[] d = data(40 * 36);
        a.write(Region.all(a.shape()), d);
        assertEquals(6, store.sets.get(), "one set per shard");
        short[] patch = {1, 2, 3};
        a.write(Region.box(new long[]{17, 20}, new long[]{1, 3}), patch);
        d[17 * 36 + 20] = 1;
        d[17 * 36 + 21] = 2;
        d[17 * 36 + 22] = 3;
        assertArrayEquals(d, (short[]) a.read());
    }

    @Test
    void indexAtTheStartIsReadToo() {
        MemoryStore store = new MemoryStore();
        store.set("t/zarr.json", ("{\"zarr_format\":3,\"node_type\":\"array\",\"shape\":[8],\"data_type\":\"int32\","
                + "\"chunk_grid\":{\"name\":\"regular\",\"configuration\":{\"chunk_shape\":[8]}},"
                + "\"chunk_key_encoding\":{\"name\":\"default\"},\"fill_value\":-1,\"codecs\":[{\"name\":\"sharding_indexed\","
                + "\"configuration\":{\"chunk_shape\":[2],\"codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"big\"}}],"
                + "\"index_codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}},{\"name\":\"crc32c\"}],"
                + "\"index_location\":\"start\"}}]}").getBytes(StandardCharsets.UTF_8));
        ZarrArray a = Zarr.openArray(store, "t");
        a.write(Region.parse("2:6", a.shape()), new int[]{10, 11, 12, 13});
        assertArrayEquals(new int[]{-1, -1, 10, 11, 12, 13, -1, -1}, (int[]) Zarr.openArray(store, "t").read());
        byte[] shard = store.get("t/c/0").orElseThrow();
        assertEquals(4 * 16 + 4 + 2 * 8, shard.length);
        assertEquals(-1L, ByteBuffer.wrap(shard).order(ByteOrder.LITTLE_ENDIAN).getLong(0), "first chunk missing");
    }

    private static MemoryStore shardedWithData(String key) {
        MemoryStore store = new MemoryStore();
        ZarrArray a = sharded(store, List.of());
        a.write(Region.all(a.shape()), data(40 * 36));
        return store;
    }

    private static void corruptIndexEntry(MemoryStore store, int entry, long offset, long length) {
        byte[] shard = store.get("s/c/0/0").orElseThrow();
        int indexAt = shard.length - 6 * 16 - 4;
        ByteBuffer b = ByteBuffer.wrap(shard).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(indexAt + entry * 16, offset);
        b.putLong(indexAt + entry * 16 + 8, length);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(shard, indexAt, 6 * 16);
        b.putInt(shard.length - 4, (int) crc.getValue());
        store.set("s/c/0/0", shard);
    }

    private static ZarrException readFails(MemoryStore store) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ZarrException.class, () -> Zarr.openArray(store, "s").read()));
    }

    @Test
    void aShardTooShortForItsIndexIsAnError() {
        MemoryStore store = shardedWithData("s");
        store.set("s/c/0/0", new byte[20]);
        ZarrException e = readFails(store);
        assertTrue(e.getMessage().contains("s/c/0/0") && e.getMessage().contains("index"), e.getMessage());
    }

    @Test
    void aWrongIndexChecksumNamesTheShard() {
        MemoryStore store = shardedWithData("s");
        byte[] shard = store.get("s/c/0/0").orElseThrow();
        shard[shard.length - 10] ^= 1;
        store.set("s/c/0/0", shard);
        ZarrException e = readFails(store);
        assertTrue(e.getMessage().contains("s/c/0/0") && e.getMessage().contains("crc32c"), e.getMessage());
    }

    @Test
    void aWrongInnerChecksumNamesShardAndPosition() {
        MemoryStore store = new MemoryStore();
        ZarrArray a = sharded(store, List.of(codec("{\"name\":\"crc32c\"}")));
        a.write(Region.all(a.shape()), data(40 * 36));
        byte[] shard = store.get("s/c/0/0").orElseThrow();
        long offset = ByteBuffer.wrap(shard).order(ByteOrder.LITTLE_ENDIAN).getLong(shard.length - 6 * 16 - 4 + 16 * 4);
        shard[(int) offset + 3] ^= 1;
        store.set("s/c/0/0", shard);
        ZarrException e = readFails(store);
        assertTrue(e.getMessage().contains("s/c/0/0") && e.getMessage().contains("inner chunk [1, 1]")
                && e.getMessage().contains("crc32c"), e.getMessage());
    }

    @Test
    void offsetsPastTheEndAreErrors() {
        MemoryStore store = shardedWithData("s");
        corruptIndexEntry(store, 2, 1_000_000, 96);
        ZarrException e = readFails(store);
        assertTrue(e.getMessage().contains("s/c/0/0") && e.getMessage().contains("past the end"), e.getMessage());
    }

    @Test
    void absurdLengthsAreRefusedBeforeReading() {
        MemoryStore store = shardedWithData("s");
        corruptIndexEntry(store, 1, 0, Long.MAX_VALUE / 2);
        ZarrException e = readFails(store);
        assertTrue(e.getMessage().contains("s/c/0/0") && e.getMessage().contains("entry 1"), e.getMessage());
    }

    @Test
    void overlappingChunksAreAnErrorWhenDecodingAWholeShard() {
        MemoryStore store = shardedWithData("s");
        corruptIndexEntry(store, 1, 0, 96);
        ZarrArray a = Zarr.openArray(store, "s");
        CodecException e = assertThrows(CodecException.class, () -> a.readChunk(new long[]{0, 0}));
        assertTrue(e.getMessage().contains("s/c/0/0") && e.getMessage().contains("overlap"), e.getMessage());
    }

    private static String nested(int outerInner, int innermost) {
        return "{\"zarr_format\":3,\"node_type\":\"array\",\"shape\":[20],\"data_type\":\"uint16\","
                + "\"chunk_grid\":{\"name\":\"regular\",\"configuration\":{\"chunk_shape\":[8]}},"
                + "\"chunk_key_encoding\":{\"name\":\"default\"},\"fill_value\":0,\"codecs\":[{\"name\":\"sharding_indexed\","
                + "\"configuration\":{\"chunk_shape\":[" + outerInner + "],\"codecs\":[{\"name\":\"sharding_indexed\","
                + "\"configuration\":{\"chunk_shape\":[" + innermost + "],\"codecs\":[{\"name\":\"bytes\",\"configuration\":"
                + "{\"endian\":\"little\"}},{\"name\":\"gzip\",\"configuration\":{\"level\":1}}],"
                + "\"index_codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}},{\"name\":\"crc32c\"}]}}],"
                + "\"index_codecs\":[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}},{\"name\":\"crc32c\"}],"
                + "\"index_location\":\"start\"}}]}";
    }

    @Test
    void nestedShardingRoundTrips() {
        MemoryStore store = new MemoryStore();
        store.set("n/zarr.json", nested(4, 2).getBytes(StandardCharsets.UTF_8));
        ZarrArray a = Zarr.openArray(store, "n");
        short[] d = data(20);
        a.write(Region.all(a.shape()), d);
        assertArrayEquals(d, (short[]) Zarr.openArray(store, "n").read());
        assertArrayEquals(Arrays.copyOfRange(d, 5, 11), (short[]) a.read(Region.parse("5:11", a.shape())));
    }

    @Test
    void nestedShardingWithInconsistentShapesIsAClearError() {
        MemoryStore store = new MemoryStore();
        store.set("n/zarr.json", nested(4, 3).getBytes(StandardCharsets.UTF_8));
        MetadataException e = assertThrows(MetadataException.class, () -> Zarr.openArray(store, "n"));
        assertTrue(e.getMessage().contains("n/zarr.json") && e.getMessage().contains("must divide the shard shape [4]"),
                e.getMessage());
    }

    @Test
    void innerChunksMustDivideTheShard() {
        MetadataException e = assertThrows(MetadataException.class, () -> Zarr.createArray(new MemoryStore(), "x",
                ArrayDefinition.of(new long[]{10}, new int[]{3}, DataType.UINT8).withShards(new int[]{8}), false));
        assertTrue(e.getMessage().contains("must divide the shard shape"), e.getMessage());
    }

    @Property(tries = 60)
    void shardedRegionsMatchTheReference(@ForAll @IntRange(min = 1, max = 3) int rank, @ForAll long seed) {
        Random rnd = new Random(seed);
        long[] shape = new long[rank];
        int[] chunks = new int[rank];
        int[] shards = new int[rank];
        for (int d = 0; d < rank; d++) {
            shape[d] = rnd.nextInt(13);
            chunks[d] = 1 + rnd.nextInt(3);
            shards[d] = chunks[d] * (1 + rnd.nextInt(3));
        }
        DataType type = DataType.values()[rnd.nextInt(DataType.values().length)];
        int item = type.itemSize();
        byte[] fill = RegionIoPropertyTest.randomElement(type, rnd);
        long n = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
        byte[] reference = new byte[(int) n * item];
        for (int i = 0; i < n; i++) {
            System.arraycopy(fill, 0, reference, i * item, item);
        }
        MemoryStore store = new MemoryStore();
        ZarrArray a = Zarr.createArray(store, "p", ArrayDefinition.of(shape, chunks, type).withFillValue(fill)
                .withShards(shards), false);
        for (int round = 0; round < 3; round++) {
            Region w = RegionIoPropertyTest.randomRegion(shape, rnd);
            byte[] values = new byte[(int) w.numElements() * item];
            for (int i = 0; i < w.numElements(); i++) {
                System.arraycopy(RegionIoPropertyTest.randomElement(type, rnd), 0, values, i * item, item);
            }
            a.write(w, RegionIoPropertyTest.toPrimitive(values, type));
            RegionIoPropertyTest.apply(reference, shape, w, values, item, true);
        }
        for (int round = 0; round < 3; round++) {
            Region r = RegionIoPropertyTest.randomRegion(shape, rnd);
            byte[] expected = new byte[(int) r.numElements() * item];
            RegionIoPropertyTest.apply(reference, shape, r, expected, item, false);
            assertArrayEquals(expected, RegionIoPropertyTest.toBytes(Zarr.openArray(store, "p").read(r), type),
                    "region " + r + " shape " + Arrays.toString(shape) + " chunks " + Arrays.toString(chunks)
                            + " shards " + Arrays.toString(shards) + " " + type);
        }
        assertFalse(store.list("p").isEmpty());
    }
}
