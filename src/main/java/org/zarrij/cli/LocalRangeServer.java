package org.zarrij.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small read-only file server on 127.0.0.1 for {@code bench-remote}: GET and HEAD with single byte ranges
 * (incl. suffix ranges), an added latency per request, and counters of requests and body bytes sent. Built on
 * the JDK's own HTTP server so the command line needs no server library.
 */
final class LocalRangeServer implements BenchServer {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bodyBytes = new AtomicLong();
    private final AtomicLong metadataBytes = new AtomicLong();
    private volatile long latencyMillis;

    LocalRangeServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        threads = Executors.newFixedThreadPool(160, r -> {
            Thread t = new Thread(r, "bench-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public String url(String relative) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + relative;
    }

    @Override
    public void latencyMillis(long millis) {
        latencyMillis = millis;
    }

    @Override
    public void resetCounters() {
        requests.set(0);
        bodyBytes.set(0);
        metadataBytes.set(0);
    }

    @Override
    public long requests() {
        return requests.get();
    }

    @Override
    public long bodyBytes() {
        return bodyBytes.get();
    }

    /** Body bytes of metadata documents (zarr.json, .zarray, ...), part of {@link #bodyBytes()}. */
    @Override
    public long metadataBytes() {
        return metadataBytes.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            requests.incrementAndGet();
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            String method = x.getRequestMethod();
            String path = URI.create(x.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                x.sendResponseHeaders(404, -1);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                x.sendResponseHeaders(405, -1);
                return;
            }
            long size = Files.size(file);
            long start = 0;
            long end = size;
            String range = x.getRequestHeaders().getFirst("Range");
            int status = 200;
            if (range != null) {
                Matcher m = RANGE.matcher(range.trim());
                if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
                    x.sendResponseHeaders(400, -1);
                    return;
                }
                if (m.group(1).isEmpty()) {
                    start = Math.max(0, size - Long.parseLong(m.group(2)));
                } else {
                    start = Long.parseLong(m.group(1));
                    if (!m.group(2).isEmpty()) {
                        end = Math.min(size, Long.parseLong(m.group(2)) + 1);
                    }
                }
                if (start >= size || start >= end) {
                    x.getResponseHeaders().set("Content-Range", "bytes */" + size);
                    x.sendResponseHeaders(416, -1);
                    return;
                }
                status = 206;
                x.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (end - 1) + "/" + size);
            }
            long length = end - start;
            x.getResponseHeaders().set("Accept-Ranges", "bytes");
            if (method.equals("HEAD")) {
                x.getResponseHeaders().set("Content-Length", Long.toString(length));
                x.sendResponseHeaders(status, -1);
                return;
            }
            byte[] body = new byte[(int) length];
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                f.seek(start);
                f.readFully(body);
            }
            x.sendResponseHeaders(status, length == 0 ? -1 : length);
            try (OutputStream os = x.getResponseBody()) {
                os.write(body);
            }
            bodyBytes.addAndGet(length);
            if (org.zarrij.store.MetadataCachingStore.isMetadataKey(path)) {
                metadataBytes.addAndGet(length);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
