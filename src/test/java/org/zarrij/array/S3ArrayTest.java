package org.zarrij.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zarrij.dtype.DataType;
import org.zarrij.store.MetadataCachingStore;
import org.zarrij.store.S3Options;
import org.zarrij.store.S3Store;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;
import org.zarrij.testutil.S3TestServer;

/** Zarr v2 and v3 (sharded) arrays written to and read from S3 (s3proxy on loopback). */
class S3ArrayTest {
    static S3TestServer server;
    static final long[] SHAPE = {50, 41};

    @BeforeAll
    static void start() throws Exception {
        server = new S3TestServer();
        server.createBucket("zarr", false);
        server.createBucket("open-data", true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Store s3(String bucketAndPrefix) {
        return new MetadataCachingStore(new S3Store(S3Options.parse(server.uri(bucketAndPrefix, null)),
                server.credentials()));
    }

    static float[] values() {
        float[] v = new float[50 * 41];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 0.25f - 100;
        }
        return v;
    }

    @Test
    void v2AndShardedV3ArraysRoundTripExactly() {
        float[] values = values();
        ArrayDefinition def = ArrayDefinition.of(SHAPE, new int[]{16, 10}, DataType.FLOAT32);
        try (Store s = s3("zarr/images/a.zarr")) {
            Zarr.createGroup(s, "", 3, null);
            Zarr.createArray(s, "v3", def.withShards(new int[]{32, 20}), false).write(Region.all(SHAPE), values);
            Zarr.createArray(s, "v2", def.withZarrFormat(2), false)
                    .write(Region.all(SHAPE), values);
            Zarr.createArray(s, "v3plain", def, false).write(Region.all(SHAPE), values);
            Zarr.consolidate(s, "");
        }
        try (Store s = s3("zarr/images/a.zarr")) {
            ZarrGroup root = Zarr.openGroup(s, "");
            assertTrue(root.canListChildren());
            assertEquals(List.of("v3", "v3plain"), root.childNames(), "a v3 hierarchy lists its v3 nodes");
            for (String name : List.of("v2", "v3", "v3plain")) {
                ZarrArray a = Zarr.openArray(s, name);
                assertEquals(64, a.ioOptions().parallelism());
                assertArrayEquals(values, (float[]) a.read(), name);
                Region r = Region.parse("3:47,5:40:3", SHAPE);
                assertArrayEquals((float[]) Zarr.openArray(s, name).read(r), (float[]) a.read(r), name);
            }
            assertTrue(s.list("v3/c").size() == 6, "2x3 shards: " + s.list("v3/c"));
            assertEquals(List.of("c", "zarr.json"), s.listChildren("v3"));
        }
    }

    @Test
    void overwritingAndShrinkingDeleteObjects() {
        float[] values = values();
        ArrayDefinition def = ArrayDefinition.of(SHAPE, new int[]{25, 41}, DataType.FLOAT32).withZarrFormat(2);
        try (Store s = s3("zarr/shrink")) {
            ZarrArray a = Zarr.createArray(s, "x", def, false);
            a.write(Region.all(SHAPE), values);
            assertEquals(List.of("x/.zarray", "x/0.0", "x/1.0"), s.list(""));
            a.resize(new long[]{20, 41});
            assertEquals(List.of("x/.zarray", "x/0.0"), s.list(""));
            Zarr.createArray(s, "x", def, true);
            assertEquals(List.of("x/.zarray"), s.list(""));
            s.delete("x/.zarray");
            assertEquals(List.of(), s.list(""));
            assertFalse(Zarr.exists(s, "x"));
        }
    }

    @Test
    void aPublicArrayReadsAnonymously() {
        float[] values = values();
        try (Store s = s3("open-data/pub.zarr")) {
            Zarr.createArray(s, "", ArrayDefinition.of(SHAPE, new int[]{20, 20}, DataType.FLOAT32)
                    .withShards(new int[]{40, 40}), false).write(Region.all(SHAPE), values);
        }
        server.makePublic("open-data", "pub.zarr/");
        try (Store anonymous = Stores.open(server.uri("open-data/pub.zarr", "anonymous=true"), false)) {
            assertArrayEquals(values, (float[]) Zarr.openArray(anonymous, "").read());
        }
    }
}
