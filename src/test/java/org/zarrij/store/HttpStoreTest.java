package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.StoreException;
import org.zarrij.testutil.RangeHttpServer;
import org.zarrij.testutil.RangeHttpServer.Fault;
import org.zarrij.testutil.RangeHttpServer.Seen;

/**
 * HttpStore against a real server on loopback: the Store contract for reads, what goes over the wire, and
 * behaviour under faults (retried where a retry can succeed, a clear failure where it cannot, never wrong data).
 */
class HttpStoreTest {
    /** Short waits so that failing cases end quickly; every request loop is bounded by attempts and timeouts. */
    static final HttpOptions FAST = new HttpOptions(16, 4, Duration.ofMillis(10), Duration.ofMillis(40),
            Duration.ofSeconds(2), Duration.ofMillis(400));

    @TempDir
    static Path folder;
    static RangeHttpServer server;
    static byte[] big;
    static byte[] small;

    @BeforeAll
    static void start() throws Exception {
        FileSystemStore files = new FileSystemStore(folder.resolve("data"), false);
        big = new byte[300_000];
        new Random(7).nextBytes(big);
        small = new byte[1000];
        for (int i = 0; i < small.length; i++) {
            small[i] = (byte) (i * 7 + 3);
        }
        files.set("big", big);
        files.set("v", small);
        files.set("empty", new byte[0]);
        files.set("a/b", "x".getBytes(StandardCharsets.UTF_8));
        files.set("with space/ü+", "odd".getBytes(StandardCharsets.UTF_8));
        server = new RangeHttpServer(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void resetServer() {
        server.reset();
    }

    static HttpStore store(HttpOptions options) {
        return new HttpStore(URI.create(server.url("data")), options);
    }

    static HttpStore store() {
        return store(FAST);
    }

    @Test
    void readsWholeValuesRangesAndSuffixesLikeALocalStore() {
        HttpStore s = store();
        byte[] v = small;
        assertArrayEquals(v, s.get("v").orElseThrow());
        assertArrayEquals(big, s.get("big").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(v, 0, 10), s.getRange("v", 0, 10).orElseThrow(), "start");
        assertArrayEquals(Arrays.copyOfRange(v, 500, 600), s.getRange("v", 500, 100).orElseThrow(), "middle");
        assertArrayEquals(Arrays.copyOfRange(v, 990, 1000), s.getRange("v", 990, 100).orElseThrow(), "past end");
        assertArrayEquals(Arrays.copyOfRange(v, 10, 1000), s.getRange("v", 10, Long.MAX_VALUE).orElseThrow());
        assertArrayEquals(new byte[0], s.getRange("v", 0, 0).orElseThrow(), "zero length");
        assertArrayEquals(new byte[0], s.getRange("v", 1000, 5).orElseThrow(), "at the end");
        assertArrayEquals(new byte[0], s.getRange("v", 5000, 5).orElseThrow(), "beyond the end");
        assertArrayEquals(Arrays.copyOfRange(v, 990, 1000), s.getSuffix("v", 10).orElseThrow(), "suffix");
        assertArrayEquals(v, s.getSuffix("v", 5000).orElseThrow(), "suffix larger than value");
        assertArrayEquals(new byte[0], s.getSuffix("v", 0).orElseThrow(), "empty suffix");
        assertArrayEquals(Arrays.copyOfRange(big, 100_000, 165_536), s.getRange("big", 100_000, 65_536).orElseThrow());
        assertArrayEquals(new byte[0], s.get("empty").orElseThrow());
        assertArrayEquals(new byte[0], s.getRange("empty", 0, 10).orElseThrow());
        assertArrayEquals(new byte[0], s.getSuffix("empty", 10).orElseThrow());
        assertTrue(s.exists("empty"));
        assertArrayEquals("odd".getBytes(StandardCharsets.UTF_8), s.get("with space/ü+").orElseThrow());
    }

    @Test
    void rangesGoOverTheWireAsRanges() {
        HttpStore s = store();
        s.getRange("big", 1000, 100);
        s.getSuffix("big", 64);
        s.getRange("big", 299_990, Long.MAX_VALUE);
        List<Seen> seen = server.seen();
        assertEquals(List.of("bytes=1000-1099", "bytes=-64", "bytes=299990-"),
                seen.stream().map(Seen::range).toList());
        assertEquals(100 + 64 + 10, server.bodyBytes(), "only the asked bytes were sent");
        assertEquals(3, s.requestCount());
    }

    @Test
    void missingKeysAreEmptyAndHttpCannotList() {
        HttpStore s = store();
        for (String key : List.of("nothing", "a", "a/b/c", "z/y/x")) {
            assertEquals(Optional.empty(), s.get(key), key);
            assertEquals(Optional.empty(), s.getRange(key, 0, 1), key);
            assertEquals(Optional.empty(), s.getRange(key, 0, 0), key);
            assertEquals(Optional.empty(), s.getSuffix(key, 1), key);
            assertFalse(s.exists(key), key);
        }
        assertTrue(s.exists("a/b"));
        assertFalse(s.capabilities().listable());
        assertFalse(s.capabilities().writable());
        assertTrue(s.capabilities().partialReads());
        StoreException e = assertThrows(StoreException.class, () -> s.list(""));
        assertTrue(e.getMessage().contains("cannot list"), e.getMessage());
        assertThrows(StoreException.class, () -> s.set("k", new byte[1]));
        assertThrows(StoreException.class, () -> s.delete("k"));
    }

    @Test
    void invalidKeysAndRangesAreRejectedBeforeAnyRequest() {
        HttpStore s = store();
        for (String key : List.of("../x", "/abs", "a\\b", "a//b", "")) {
            StoreException e = assertThrows(StoreException.class, () -> s.get(key));
            assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
        }
        assertThrows(StoreException.class, () -> s.getRange("v", -1, 2));
        assertThrows(StoreException.class, () -> s.getSuffix("v", -1));
        assertEquals(0, server.seen().size());
    }

    @Test
    void serverErrorsAreRetriedUntilTheyPass() {
        server.fail(Fault.STATUS_500, Fault.STATUS_503_RETRY_AFTER, Fault.DROP);
        HttpStore s = store();
        assertArrayEquals(small, s.get("v").orElseThrow());
        assertEquals(4, server.seen().size());
        // The JDK client itself may resend a request whose connection was dropped before any answer.
        assertTrue(s.retryCount() >= 2, "retries: " + s.retryCount());
    }

    @Test
    void truncatedBodiesAreRetriedNeverReturned() {
        HttpStore s = store();
        server.fail(Fault.TRUNCATE);
        assertArrayEquals(big, s.get("big").orElseThrow());
        server.fail(Fault.TRUNCATE);
        assertArrayEquals(Arrays.copyOfRange(big, 5000, 105_000), s.getRange("big", 5000, 100_000).orElseThrow());
        server.fail(Fault.TRUNCATE);
        assertArrayEquals(Arrays.copyOfRange(big, big.length - 50_000, big.length), s.getSuffix("big", 50_000)
                .orElseThrow());
        assertEquals(6, server.seen().size());
    }

    @Test
    void truncatedChunkedBodiesAreRetriedToo() {
        server.chunked(true);
        HttpStore s = store();
        assertArrayEquals(big, s.get("big").orElseThrow());
        server.fail(Fault.TRUNCATE);
        assertArrayEquals(big, s.get("big").orElseThrow());
        server.fail(Fault.TRUNCATE);
        assertArrayEquals(Arrays.copyOfRange(big, 10, 200_010), s.getRange("big", 10, 200_000).orElseThrow());
    }

    @Test
    void stalledTransfersAreAbandonedAndRetried() {
        server.stallMillis(3000);
        server.fail(Fault.STALL);
        HttpStore s = store();
        long t0 = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertArrayEquals(big, s.get("big").orElseThrow()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2500, "gave up on the stalled body after the read timeout, took " + ms + " ms");
        assertEquals(2, server.seen().size());
    }

    @Test
    void slowButMovingResponsesAreNotTimeouts() {
        server.latencyMillis(300); // below the 400 ms read timeout
        HttpStore s = store();
        assertArrayEquals(small, s.get("v").orElseThrow());
        assertEquals(1, server.seen().size());
    }

    @Test
    void persistentFailuresEndWithAClearErrorAfterBoundedAttempts() {
        server.failAlways(Fault.STATUS_500);
        HttpStore s = store();
        StoreException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(StoreException.class, () -> s.get("v")));
        assertTrue(e.getMessage().contains("4 attempts"), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
        assertTrue(e.getMessage().contains(server.url("data/v")), e.getMessage());
        assertEquals(4, server.seen().size());

        server.reset();
        server.failAlways(Fault.TRUNCATE);
        e = assertThrows(StoreException.class, () -> s.getRange("big", 0, 100_000));
        assertTrue(e.getMessage().contains("4 attempts"), e.getMessage());

        server.reset();
        server.failAlways(Fault.DROP);
        e = assertThrows(StoreException.class, () -> s.exists("v"));
        assertTrue(e.getMessage().contains("HEAD " + server.url("data/v")), e.getMessage());
    }

    @Test
    void aServerThatIgnoresRangesStillGivesTheRightBytes() {
        server.failAlways(Fault.IGNORE_RANGE);
        HttpStore s = store();
        assertArrayEquals(Arrays.copyOfRange(big, 1000, 1100), s.getRange("big", 1000, 100).orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(big, big.length - 64, big.length), s.getSuffix("big", 64).orElseThrow());
        assertArrayEquals(new byte[0], s.getRange("big", big.length + 10, 5).orElseThrow());
        server.chunked(true); // no Content-Length: the suffix is kept in a ring while the body streams
        assertArrayEquals(Arrays.copyOfRange(big, big.length - 777, big.length), s.getSuffix("big", 777).orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(small, 990, 1000), s.getRange("v", 990, 100).orElseThrow());
    }

    @Test
    void aWrongRangeIsAnErrorNotData() {
        server.failAlways(Fault.WRONG_RANGE);
        HttpStore s = store();
        StoreException e = assertThrows(StoreException.class, () -> s.getRange("big", 1000, 100));
        assertTrue(e.getMessage().contains("Content-Range"), e.getMessage());
        assertEquals(1, server.seen().size(), "not retried: the server answers wrongly every time");
    }

    @Test
    void permissionErrorsNameTheUrlButNoSecrets() throws Exception {
        server.failAlways(Fault.STATUS_403);
        URI withSecrets = URI.create("http://reader:s3cret@127.0.0.1:" + server.port() + "/data?token=t0ken");
        HttpStore s = new HttpStore(withSecrets, FAST);
        StoreException e = assertThrows(StoreException.class, () -> s.get("v"));
        assertTrue(e.getMessage().contains("access denied (HTTP 403)"), e.getMessage());
        assertTrue(e.getMessage().contains("http://127.0.0.1:" + server.port() + "/data/v"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret") || e.getMessage().contains("t0ken"), e.getMessage());
        assertFalse(s.describe().contains("s3cret") || s.describe().contains("t0ken"), s.describe());
        assertEquals(1, server.seen().size(), "permission errors are not retried");
        String expected = "Basic " + Base64.getEncoder().encodeToString("reader:s3cret".getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, server.seen().get(0).authorization());

        server.reset();
        server.failAlways(Fault.STATUS_401);
        e = assertThrows(StoreException.class, () -> s.exists("v"));
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    }

    @Test
    void theQueryOfTheBaseUrlGoesWithEveryRequest() {
        HttpStore s = new HttpStore(URI.create(server.url("data") + "?sig=abc"), FAST);
        assertArrayEquals(small, s.get("v").orElseThrow());
        assertEquals("/data/v", server.seen().get(0).path());
    }

    @Test
    void requestsInFlightAreBounded() throws Exception {
        server.latencyMillis(60);
        assertTrue(run(store(FAST.withMaxInFlight(3)), 24) <= 3, "at most 3 at once");
        server.reset();
        server.latencyMillis(60);
        int seen = run(store(FAST.withMaxInFlight(16)), 24);
        assertTrue(seen > 3 && seen <= 16, "more at once with a higher limit: " + seen);
    }

    /** Reads {@code n} ranges from 24 threads; returns the most requests the server handled at once. */
    private static int run(HttpStore s, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int offset = i * 100;
                results.add(pool.submit(() -> s.getRange("big", offset, 100).orElseThrow()));
            }
            for (int i = 0; i < n; i++) {
                assertArrayEquals(Arrays.copyOfRange(big, i * 100, i * 100 + 100), results.get(i).get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return server.maxInFlight();
    }

    @Test
    void openingViaStoresGivesACachedReadOnlyStore() {
        try (Store s = Stores.open(server.url("data"), false)) {
            assertTrue(s instanceof MetadataCachingStore);
            assertEquals(server.url("data/"), s.describe());
            assertEquals(Optional.empty(), s.get("zarr.json"));
            assertEquals(Optional.empty(), s.get("zarr.json"));
            assertEquals(1, server.seen().size(), "the miss was cached");
        }
        StoreException e = assertThrows(StoreException.class, () -> Stores.open(server.url("data"), true));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }

    @Test
    void optionsComeFromSystemPropertiesAndAreChecked() {
        HttpOptions o = HttpOptions.from(name -> switch (name) {
            case "zarrij.http.maxInFlight" -> "7";
            case "zarrij.http.readTimeoutMillis" -> "1500";
            default -> null;
        });
        assertEquals(7, o.maxInFlight());
        assertEquals(Duration.ofMillis(1500), o.readTimeout());
        assertEquals(HttpOptions.DEFAULT.maxAttempts(), o.maxAttempts());
        StoreException e = assertThrows(StoreException.class, () -> HttpOptions.from(
                name -> name.equals("zarrij.http.maxAttempts") ? "many" : null));
        assertTrue(e.getMessage().contains("zarrij.http.maxAttempts"), e.getMessage());
        assertThrows(StoreException.class, () -> FAST.withMaxInFlight(0));
        // Backoff doubles per attempt, capped, with jitter in [d/2, d].
        HttpOptions b = FAST.withRetries(10, Duration.ofMillis(100), Duration.ofMillis(1000));
        assertEquals(Duration.ofMillis(100), b.backoff(1, 1.0));
        assertEquals(Duration.ofMillis(50), b.backoff(1, 0.0));
        assertEquals(Duration.ofMillis(400), b.backoff(3, 1.0));
        assertEquals(Duration.ofMillis(1000), b.backoff(9, 1.0));
    }

    @Test
    void contentRangeChecks() {
        assertEquals(null, HttpContentRange.check("bytes 10-19/100", false, 10, 19, 10, 10));
        assertEquals(null, HttpContentRange.check("bytes 90-99/100", false, 90, 199, 110, -1), "cut at the end");
        assertEquals(null, HttpContentRange.check("bytes 90-99/100", true, 0, -1, 10, 10));
        assertEquals(null, HttpContentRange.check("bytes 0-99/100", true, 0, -1, 500, -1), "suffix longer than value");
        assertTrue(HttpContentRange.check("bytes 11-20/100", false, 10, 19, 10, -1).contains("does not answer"));
        assertTrue(HttpContentRange.check("bytes 10-15/100", false, 10, 19, 10, -1).contains("does not answer"),
                "short but not at the end");
        assertTrue(HttpContentRange.check("bytes 10-15/*", false, 10, 19, 10, -1).contains("does not answer"));
        assertTrue(HttpContentRange.check("bytes 10-19/100", false, 10, 19, 10, 11).contains("Content-Length"));
        assertTrue(HttpContentRange.check("bytes 80-89/100", true, 0, -1, 10, -1).contains("last 10 bytes"));
        assertTrue(HttpContentRange.check("bytes 19-10/100", false, 10, 19, 10, -1).contains("inconsistent"));
        assertTrue(HttpContentRange.check(null, false, 10, 19, 10, -1).contains("without a Content-Range"));
        assertTrue(HttpContentRange.check("items 1-2/3", false, 10, 19, 10, -1).contains("unreadable"));
    }
}
