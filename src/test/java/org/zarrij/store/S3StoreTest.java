package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zarrij.StoreException;
import org.zarrij.testutil.S3TestServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** S3Store against s3proxy on loopback: the whole Store contract, pagination, credentials and anonymous access. */
class S3StoreTest extends StoreContractTest {
    private static final AtomicInteger PREFIXES = new AtomicInteger();
    static S3TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new S3TestServer();
        server.createBucket("private", false);
        server.createBucket("public", true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Override
    protected Store createStore() {
        return new S3Store(S3Options.parse(server.uri("private/contract-" + PREFIXES.incrementAndGet(), null)),
                server.credentials());
    }

    @Test
    void listingFollowsPagesAndStaysInsideThePrefix() {
        S3Store s = (S3Store) newStoreUnchecked();
        S3Store sibling = (S3Store) newStoreUnchecked();
        sibling.set("a/0", bytes("other prefix"));
        s.listPageSize = 7;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "a/c/" + (char) ('a' + i);
            s.set(key, bytes(key));
            expected.add(key);
        }
        s.set("a/zarr.json", bytes("{}"));
        expected.add("a/zarr.json");
        s.set("b/zarr.json", bytes("{}"));
        assertEquals(expected, s.list("a"));
        assertEquals(22, s.list("").size());
        assertEquals(List.of("a", "b"), s.listChildren(""));
        assertEquals(List.of("c", "zarr.json"), s.listChildren("a"));
        assertEquals(20, s.listChildren("a/c").size());
    }

    private Store newStoreUnchecked() {
        try {
            return newStore();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anonymousReadsOfAPublicBucket() {
        S3Store writer = new S3Store(S3Options.parse(server.uri("public/data", null)), server.credentials());
        writer.set("zarr.json", bytes("{\"zarr_format\":3}"));
        writer.set("c/0", bytes("0123456789"));
        server.makePublic("public", "data/");
        try (Store anonymous = Stores.open(server.uri("public/data", "anonymous=true"), false)) {
            assertArrayEquals(bytes("{\"zarr_format\":3}"), anonymous.get("zarr.json").orElseThrow());
            assertArrayEquals(bytes("345"), anonymous.getRange("c/0", 3, 3).orElseThrow());
            assertArrayEquals(bytes("89"), anonymous.getSuffix("c/0", 2).orElseThrow());
            assertTrue(anonymous.exists("c/0"));
            assertEquals(Optional.empty(), anonymous.get("c/1"));
        }
    }

    @Test
    void deniedAccessIsAClearErrorWithoutSecrets() {
        S3Store writer = new S3Store(S3Options.parse(server.uri("private/secret-data", null)), server.credentials());
        writer.set("k", bytes("v"));
        try (Store anonymous = new S3Store(S3Options.parse(server.uri("private/secret-data", "anonymous=true")))) {
            StoreException e = assertThrows(StoreException.class, () -> anonymous.get("k"));
            assertTrue(e.getMessage().contains("access denied"), e.getMessage());
            assertTrue(e.getMessage().contains("s3://private/secret-data at " + server.endpoint() + " key 'k'"),
                    e.getMessage());
        }
        StaticCredentialsProvider wrong = StaticCredentialsProvider.create(AwsBasicCredentials.create(
                S3TestServer.ACCESS_KEY, "wrong-secret-value"));
        try (Store s = new S3Store(S3Options.parse(server.uri("private/secret-data", null)), wrong)) {
            StoreException e = assertThrows(StoreException.class, () -> s.get("k"));
            assertTrue(e.getMessage().contains("HTTP 403"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong-secret-value"), e.getMessage());
            StoreException w = assertThrows(StoreException.class, () -> s.set("k2", bytes("x")));
            assertTrue(w.getMessage().startsWith("cannot write"), w.getMessage());
            assertFalse(w.getMessage().contains("wrong-secret-value"), w.getMessage());
        }
    }

    @Test
    void theDefaultCredentialChainIsUsed() {
        String uri = server.uri("private/default-chain", null);
        System.setProperty("aws.accessKeyId", S3TestServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3TestServer.SECRET_KEY);
        try (Store s = Stores.open(uri, true)) {
            assertTrue(s instanceof MetadataCachingStore);
            s.set("zarr.json", bytes("{}"));
            assertArrayEquals(bytes("{}"), s.get("zarr.json").orElseThrow());
            assertEquals(List.of("zarr.json"), s.list(""));
            assertEquals("s3://private/default-chain at " + server.endpoint(), s.describe());
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }

    @Test
    void aMissingBucketIsAnError() {
        try (Store s = new S3Store(S3Options.parse(server.uri("no-such-bucket", null)), server.credentials())) {
            StoreException e = assertThrows(StoreException.class, () -> s.get("zarr.json"));
            assertTrue(e.getMessage().contains("no-such-bucket"), e.getMessage());
        }
    }
}
