package org.zarrij.testutil;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An embedded Jetty 12 server on 127.0.0.1 serving a folder read-only with single byte ranges (incl. suffix
 * ranges), for tests of the HTTP store. Faults can be queued for the next requests (errors, dropped
 * connections, truncated or stalled bodies, ignored or wrong ranges) and every request is recorded, so tests
 * can assert what went over the wire.
 */
public final class RangeHttpServer implements AutoCloseable {

    /** What the server does wrong on one request. */
    public enum Fault {
        STATUS_500, STATUS_503_RETRY_AFTER, STATUS_401, STATUS_403,
        /** Closes the connection without answering. */
        DROP,
        /** Announces the full length, sends half the body, closes the connection. */
        TRUNCATE,
        /** Sends half the body, then waits {@link #stallMillis} before closing. */
        STALL,
        /** Answers a range request with the whole file (200). */
        IGNORE_RANGE,
        /** Answers a range request with the range one byte later (and says so in Content-Range). */
        WRONG_RANGE
    }

    /** One request as the server saw it. */
    public record Seen(String method, String path, String range, Fault fault, String authorization) {
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final Path root;
    private final Server server;
    private final ServerConnector connector;
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<Seen> seen = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong bodyBytes = new AtomicLong();
    private final AtomicLong metadataBytes = new AtomicLong();
    private volatile Fault always;
    private volatile long latencyMillis;
    private volatile long stallMillis = 2000;
    private volatile boolean chunked;

    public RangeHttpServer(Path root) throws Exception {
        this.root = root.toAbsolutePath().normalize();
        QueuedThreadPool threads = new QueuedThreadPool(256, 8);
        threads.setName("test-http");
        threads.setDaemon(true);
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                serve(request, response, callback);
                return true;
            }
        });
        server.start();
    }

    /** The URL of {@code relative} (a path below the served folder, no leading slash). */
    public String url(String relative) {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/" + relative;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Queues faults for the next requests, one each, in order. */
    public void fail(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** A fault for every request from now on (null: none). */
    public void failAlways(Fault fault) {
        always = fault;
    }

    public void latencyMillis(long millis) {
        latencyMillis = millis;
    }

    public void stallMillis(long millis) {
        stallMillis = millis;
    }

    /** Send bodies with chunked transfer encoding (no Content-Length). */
    public void chunked(boolean on) {
        chunked = on;
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public void reset() {
        synchronized (seen) {
            seen.clear();
        }
        faults.clear();
        always = null;
        latencyMillis = 0;
        maxInFlight.set(0);
        bodyBytes.set(0);
        metadataBytes.set(0);
        chunked = false;
    }

    /** The most requests waiting out the added latency at once since the last reset. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** Body bytes sent since the last reset. */
    public long bodyBytes() {
        return bodyBytes.get();
    }

    /** Body bytes of metadata documents (zarr.json, .zarray, ...), part of {@link #bodyBytes()}. */
    public long metadataBytes() {
        return metadataBytes.get();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private void serve(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        String path = request.getHttpURI().getDecodedPath();
        String range = request.getHeaders().get("Range");
        Fault polled = faults.poll();
        Fault fault = polled != null ? polled : always;
        synchronized (seen) {
            seen.add(new Seen(method, path, range, fault, request.getHeaders().get("Authorization")));
        }
        if (latencyMillis > 0) {
            // Requests in flight are counted while they wait here: the client holds its slot all that time.
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(latencyMillis);
            } finally {
                inFlight.decrementAndGet();
            }
        }
        if (fault != null) {
            switch (fault) {
                case STATUS_500 -> {
                    status(response, callback, 500);
                    return;
                }
                case STATUS_503_RETRY_AFTER -> {
                    response.getHeaders().put("Retry-After", "0");
                    status(response, callback, 503);
                    return;
                }
                case STATUS_401 -> {
                    status(response, callback, 401);
                    return;
                }
                case STATUS_403 -> {
                    status(response, callback, 403);
                    return;
                }
                case DROP -> {
                    drop(request, callback);
                    return;
                }
                default -> {
                }
            }
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            status(response, callback, 404);
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            status(response, callback, 405);
            return;
        }
        byte[] data = Files.readAllBytes(file);
        long start = 0;
        long end = data.length; // exclusive
        response.getHeaders().put("Accept-Ranges", "bytes");
        if (range != null && fault != Fault.IGNORE_RANGE) {
            Matcher m = RANGE.matcher(range.trim());
            if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
                status(response, callback, 400);
                return;
            }
            if (m.group(1).isEmpty()) {
                long n = Long.parseLong(m.group(2));
                start = Math.max(0, data.length - n);
                if (n == 0 || data.length == 0) {
                    response.getHeaders().put("Content-Range", "bytes */" + data.length);
                    status(response, callback, 416);
                    return;
                }
            } else {
                start = Long.parseLong(m.group(1));
                if (!m.group(2).isEmpty()) {
                    end = Math.min(data.length, Long.parseLong(m.group(2)) + 1);
                }
                if (start >= data.length) {
                    response.getHeaders().put("Content-Range", "bytes */" + data.length);
                    status(response, callback, 416);
                    return;
                }
            }
            if (fault == Fault.WRONG_RANGE) {
                start = Math.min(start + 1, data.length - 1);
                end = Math.min(end + 1, data.length);
            }
            response.setStatus(206);
            response.getHeaders().put("Content-Range", "bytes " + start + "-" + (end - 1) + "/" + data.length);
        } else {
            response.setStatus(200);
        }
        int length = (int) (end - start);
        if (!chunked) {
            response.getHeaders().put("Content-Length", Integer.toString(length));
        }
        if (method.equals("HEAD")) {
            response.write(true, null, callback);
            return;
        }
        ByteBuffer body = ByteBuffer.wrap(data, (int) start, length);
        if (fault == Fault.TRUNCATE || fault == Fault.STALL) {
            ByteBuffer half = ByteBuffer.wrap(data, (int) start, length / 2);
            write(response, false, half);
            bodyBytes.addAndGet(length / 2);
            if (fault == Fault.STALL) {
                Thread.sleep(stallMillis);
            }
            drop(request, callback);
            return;
        }
        if (chunked && length > 1) {
            write(response, false, ByteBuffer.wrap(data, (int) start, length / 2));
            write(response, true, ByteBuffer.wrap(data, (int) start + length / 2, length - length / 2));
        } else {
            write(response, true, body);
        }
        bodyBytes.addAndGet(length);
        if (org.zarrij.store.MetadataCachingStore.isMetadataKey(path)) {
            metadataBytes.addAndGet(length);
        }
        callback.succeeded();
    }

    private static void write(Response response, boolean last, ByteBuffer buffer) throws IOException {
        try (Blocker.Callback done = Blocker.callback()) {
            response.write(last, buffer, done);
            done.block();
        }
    }

    private static void status(Response response, Callback callback, int status) {
        response.setStatus(status);
        byte[] text = ("status " + status + "\n").getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put("Content-Length", Integer.toString(text.length));
        response.write(true, ByteBuffer.wrap(text), callback);
    }

    private static void drop(Request request, Callback callback) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new IOException("connection dropped on purpose"));
    }
}
