package org.zarrij.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.cli.Main;
import org.zarrij.codec.CodecRegistry;
import org.zarrij.dtype.DataType;
import org.zarrij.store.FileSystemStore;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;
import org.zarrij.testutil.RangeHttpServer;
import org.zarrij.testutil.RangeHttpServer.Fault;
import org.zarrij.testutil.RangeHttpServer.Seen;

/** Zarr arrays and groups read over HTTP from a local Jetty server, compared with reading the same folder. */
class HttpArrayTest {
    @TempDir
    static Path folder;
    static RangeHttpServer server;
    static FileSystemStore local;
    static final long[] SHAPE = {60, 70};

    @BeforeAll
    static void start() throws Exception {
        local = new FileSystemStore(folder.resolve("data.zarr"), false);
        short[] values = new short[60 * 70];
        for (int i = 0; i < values.length; i++) {
            values[i] = (short) (i * 37 % 5000);
        }
        ArrayDefinition def = ArrayDefinition.of(SHAPE, new int[]{16, 16}, DataType.UINT16)
                .withCompressors(List.of(CodecRegistry.global().fromV2(Json.parseObject(
                        "{\"id\":\"zlib\",\"level\":1}".getBytes(StandardCharsets.UTF_8), "test"), new org.zarrij.codec.CodecContext(DataType.UINT16, "test"))));
        Zarr.createGroup(local, "", 3, null);
        Zarr.createArray(local, "v3", def, false).write(Region.all(SHAPE), values);
        Zarr.createArray(local, "v3sharded", def.withShards(new int[]{32, 32}), false).write(Region.all(SHAPE), values);
        Zarr.createGroup(local, "v2group", 2, null);
        Zarr.createArray(local, "v2group/a", def.withZarrFormat(2), false).write(Region.all(SHAPE), values);
        Zarr.createArray(local, "v2group/sparse", def.withZarrFormat(2), false)
                .write(Region.parse("0:10,0:10", SHAPE), new short[100]);
        Zarr.consolidate(local, "v2group");
        server = new RangeHttpServer(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    static Store http() {
        return Stores.open(server.url("data.zarr"), false);
    }

    @Test
    void arraysReadTheSameOverHttp() {
        try (Store s = http()) {
            for (String path : List.of("v3", "v3sharded", "v2group/a", "v2group/sparse")) {
                ZarrArray remote = Zarr.openArray(s, path);
                ZarrArray here = Zarr.openArray(local, path);
                assertEquals(64, remote.ioOptions().parallelism(), "remote stores read many chunks at once");
                assertArrayEquals((short[]) here.read(), (short[]) remote.read(), path);
                Region r = Region.parse("5:41,17:69", SHAPE);
                assertArrayEquals((short[]) here.read(r), (short[]) remote.read(r), path);
            }
        }
    }

    @Test
    void aShardedReadFetchesTheIndexAndInnerChunksAsRanges() {
        try (Store s = http()) {
            ZarrArray a = Zarr.openArray(s, "v3sharded");
            server.reset();
            a.read(Region.parse("0:16,0:16", SHAPE)); // one inner chunk of shard (0, 0)
            List<Seen> seen = server.seen();
            assertEquals(2, seen.size(), seen.toString());
            assertEquals("/data.zarr/v3sharded/c/0/0", seen.get(0).path());
            int indexBytes = 4 * 16 + 4; // 2x2 inner chunks, (offset, length) each, crc32c
            assertEquals("bytes=-" + indexBytes, seen.get(0).range());
            assertTrue(seen.get(1).range().matches("bytes=\\d+-\\d+"), seen.get(1).range());
            long shard = local.get("v3sharded/c/0/0").orElseThrow().length;
            assertTrue(server.bodyBytes() < shard / 2, server.bodyBytes() + " of a " + shard + " byte shard");
        }
    }

    @Test
    void missingChunksAreFillValueAndMetadataIsFetchedOnce() {
        try (Store s = http()) {
            ZarrArray sparse = Zarr.openArray(s, "v2group/sparse");
            short[] all = (short[]) sparse.read();
            for (short v : all) {
                assertEquals(0, v);
            }
            Zarr.openArray(s, "v2group/sparse");
            Zarr.openArray(s, "v3");
            Zarr.openArray(s, "v3");
            Map<String, Long> metadataGets = server.seen().stream().filter(x -> x.path().matches(".*(zarr\\.json|\\.z\\w+)$"))
                    .collect(Collectors.groupingBy(Seen::path, Collectors.counting()));
            metadataGets.forEach((path, n) -> assertEquals(1L, n, path + " fetched " + n + " times"));
            assertTrue(server.seen().stream().anyMatch(x -> x.path().endsWith("/sparse/3.4")), "404s were asked");
        }
    }

    @Test
    void groupsListChildrenFromConsolidatedMetadataOnly() {
        try (Store s = http()) {
            ZarrGroup root = Zarr.openGroup(s, "");
            assertFalse(root.canListChildren());
            assertEquals(List.of(), root.childNames(), "no consolidated metadata: children unknown over HTTP");
            assertTrue(root.open("v3") instanceof ZarrArray, "children still open by name");
            server.reset();
            ZarrGroup v2 = Zarr.openGroup(s, "v2group");
            assertTrue(v2.canListChildren());
            assertEquals(List.of("a", "sparse"), v2.childNames());
            assertEquals(2, v2.children().size());
            assertEquals(List.of("/data.zarr/v2group/zarr.json", "/data.zarr/v2group/.zmetadata"),
                    server.seen().stream().map(Seen::path).toList(), "one document for the whole hierarchy");
        }
    }

    @Test
    void readsSurviveFlakyServers() {
        try (Store s = http()) {
            ZarrArray a = Zarr.openArray(s, "v3sharded");
            short[] expected = (short[]) Zarr.openArray(local, "v3sharded").read();
            server.fail(Fault.STATUS_500, Fault.DROP, Fault.TRUNCATE, Fault.STATUS_503_RETRY_AFTER, Fault.IGNORE_RANGE,
                    Fault.STATUS_500, Fault.TRUNCATE);
            assertArrayEquals(expected, (short[]) a.read());
        }
    }

    @Test
    void theCommandLineReadsUrls() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"info", server.url("data.zarr"), "--array", "v3sharded", "--json"},
                new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode info = Json.parse(out.toByteArray(), "info");
        assertEquals("[32,32]", info.get("shards").toString());

        Path npy = folder.resolve("out.npy");
        code = Main.run(new String[]{"export", server.url("data.zarr"), "--array", "v2group/a", "--region", "0:4,0:5",
            "--out", npy.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        byte[] file = Files.readAllBytes(npy);
        short[] expected = (short[]) Zarr.openArray(local, "v2group/a").read(Region.parse("0:4,0:5", SHAPE));
        assertEquals(expected[19], (short) ((file[file.length - 2] & 0xff) | (file[file.length - 1] << 8)));

        out.reset();
        code = Main.run(new String[]{"info", server.url("data.zarr")}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, code);
        assertTrue(out.toString().contains("unknown: the store cannot list"), out.toString());
    }
}
