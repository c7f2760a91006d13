package org.zarrij.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.zarrij.StoreException;

/**
 * A read-only store over HTTP(S): keys are paths below a base URL, read with GET and byte ranges
 * ({@code Range: bytes=a-b} and suffix ranges {@code bytes=-n}), using the JDK's HTTP client.
 *
 * <ul>
 *   <li>404 and 410 mean a missing key; 401 and 403 raise a {@link StoreException} naming the URL (never
 *       credentials: user info and query strings are left out of messages).</li>
 *   <li>5xx, 408, 429, connection failures, stalled transfers (no progress for the read timeout) and
 *       truncated bodies are retried with exponential backoff, a bounded number of times; then the read
 *       fails naming the URL, the attempts and the last error. Short or wrong data is never returned: a
 *       206 answer must carry the exact range asked for, and a 200 answer to a range request is cut to the
 *       range.</li>
 *   <li>At most {@link HttpOptions#maxInFlight()} requests are sent at once.</li>
 *   <li>Servers cannot list folders: {@link #list} raises an exception and {@link #capabilities()} says so;
 *       Zarr hierarchies are opened from metadata documents and consolidated metadata.</li>
 * </ul>
 * A base URL's user info becomes a Basic {@code Authorization} header, and its query string is added to
 * every request (for signed URLs).
 */
public final class HttpStore implements Store {
    private static final StoreCapabilities CAPABILITIES = new StoreCapabilities(false, false, true);
    private static final long POLL_MILLIS = 50;

    private final String base;
    private final String query;
    private final String authorization;
    private final String shown;
    private final HttpOptions options;
    private final HttpClient client;
    private final Semaphore inFlight;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();

    /** Opens {@code uri} with the options from system properties (see {@link HttpOptions#fromSystemProperties}). */
    public HttpStore(URI uri) {
        this(uri, HttpOptions.fromSystemProperties());
    }

    public HttpStore(URI uri, HttpOptions options) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new StoreException("not an http(s) URL with a host: " + Urls.redact(uri));
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path += "/";
        }
        this.base = scheme + "://" + uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1)
                + path;
        this.query = uri.getRawQuery();
        this.authorization = uri.getRawUserInfo() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                decode(uri.getRawUserInfo()).getBytes(StandardCharsets.UTF_8));
        this.shown = Urls.redact(URI.create(base + (query == null ? "" : "?" + query)));
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                // HTTP/2 (negotiated over TLS) multiplexes many requests on one connection; plain http stays
                // on 1.1 instead of trying an h2c upgrade on every new connection.
                .version(scheme.equals("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
        this.inFlight = new Semaphore(options.maxInFlight(), true);
    }

    public HttpOptions options() {
        return options;
    }

    /** Requests sent so far (every attempt counts), for benchmarks and tests. */
    public long requestCount() {
        return requests.get();
    }

    /** Attempts that were tries again after a failure. */
    public long retryCount() {
        return retries.get();
    }

    /** Body bytes kept from responses (the bytes a caller asked for). */
    public long bytesReceived() {
        return bytesReceived.get();
    }

    @Override
    public Optional<byte[]> get(String key) {
        return fetch(key, Want.whole());
    }

    @Override
    public Optional<byte[]> getRange(String key, long offset, long length) {
        ByteRange.checkRange(key, offset, length);
        if (length == 0) {
            return exists(key) ? Optional.of(new byte[0]) : Optional.empty();
        }
        return fetch(key, Want.range(offset, length));
    }

    @Override
    public Optional<byte[]> getSuffix(String key, long length) {
        ByteRange.checkSuffix(key, length);
        if (length == 0) {
            return exists(key) ? Optional.of(new byte[0]) : Optional.empty();
        }
        if (length >= ByteRange.MAX_ARRAY_LENGTH) {
            return get(key);
        }
        return fetch(key, Want.suffix((int) length));
    }

    @Override
    public boolean exists(String key) {
        Reply r = send(key, "HEAD", null, Want.nothing());
        if (r.status == 405 || r.status == 501) {
            // Some servers refuse HEAD: ask for one byte instead (416 means an empty value).
            return getRange(key, 0, 1).isPresent();
        }
        return r.body.isPresent();
    }

    @Override
    public void set(String key, byte[] value) {
        throw readOnly("write '" + key + "'");
    }

    @Override
    public void delete(String key) {
        throw readOnly("delete '" + key + "'");
    }

    @Override
    public List<String> list(String prefix) {
        throw new StoreException("cannot list '" + prefix + "' at " + shown + ": HTTP servers cannot list folders"
                + " (open arrays by path, or use consolidated metadata)");
    }

    @Override
    public StoreCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String describe() {
        return shown;
    }

    @Override
    public int preferredConcurrency() {
        return options.maxInFlight();
    }

    private StoreException readOnly(String what) {
        return new StoreException("cannot " + what + " at " + shown + ": HTTP stores are read-only");
    }

    private Optional<byte[]> fetch(String key, Want want) {
        return send(key, "GET", want.rangeHeader(), want).body;
    }

    /** What a request wants from the body: the whole value, a range, a suffix, or nothing (HEAD). */
    private record Want(Kind kind, long offset, long length) {
        enum Kind { WHOLE, RANGE, SUFFIX, NOTHING }

        static Want whole() {
            return new Want(Kind.WHOLE, 0, ByteRange.MAX_ARRAY_LENGTH);
        }

        static Want range(long offset, long length) {
            return new Want(Kind.RANGE, offset, length);
        }

        static Want suffix(int length) {
            return new Want(Kind.SUFFIX, 0, length);
        }

        static Want nothing() {
            return new Want(Kind.NOTHING, 0, 0);
        }

        /** The last byte asked for, or -1 for "to the end" when the range reaches past what fits an array. */
        long last() {
            return length >= ByteRange.MAX_ARRAY_LENGTH || offset > Long.MAX_VALUE - length ? -1
                    : offset + length - 1;
        }

        String rangeHeader() {
            return switch (kind) {
                case RANGE -> "bytes=" + offset + "-" + (last() < 0 ? "" : Long.toString(last()));
                case SUFFIX -> "bytes=-" + length;
                default -> null;
            };
        }
    }

    /** A final answer: the status and the value (empty when the key is missing). */
    private record Reply(int status, Optional<byte[]> body) {
    }

    /** A failure worth another try. */
    private static final class Retryable extends Exception {
        final Duration retryAfter;

        Retryable(String message, Duration retryAfter, Throwable cause) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }
    }

    private Reply send(String key, String method, String range, Want want) {
        StoreKeys.validate(key);
        URI uri = URI.create(base + Urls.encodePath(key) + (query == null ? "" : "?" + query));
        String what = method + " " + Urls.redact(uri) + (range == null ? "" : " (" + range + ")");
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(options.readTimeout())
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (range != null) {
            b.header("Range", range);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpRequest request = b.build();
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Retryable failure;
            try {
                return attempt(request, want, what);
            } catch (Retryable r) {
                failure = r;
            }
            if (attempt >= options.maxAttempts()) {
                throw new StoreException(what + " failed after " + attempt + " attempt" + (attempt == 1 ? "" : "s")
                        + " in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + failure.getMessage(),
                        failure.getCause());
            }
            retries.incrementAndGet();
            Duration wait = options.backoff(attempt, ThreadLocalRandom.current().nextDouble());
            if (failure.retryAfter != null && failure.retryAfter.compareTo(wait) > 0) {
                wait = failure.retryAfter.compareTo(options.maxBackoff()) < 0 ? failure.retryAfter : options.maxBackoff();
            }
            sleep(wait, what);
        }
    }

    private Reply attempt(HttpRequest request, Want want, String what) throws Retryable {
        AtomicReference<String> badResponse = new AtomicReference<>();
        HttpProgress progress = new HttpProgress();
        acquire(what);
        CompletableFuture<HttpResponse<byte[]>> future = null;
        try {
            requests.incrementAndGet();
            progress.touch();
            future = client.sendAsync(request, info -> {
                progress.touch();
                return subscriber(info, want, progress, badResponse);
            });
            HttpResponse<byte[]> response = await(future, progress);
            if (badResponse.get() != null) {
                throw new StoreException(what + ": " + badResponse.get());
            }
            return reply(response, want, what);
        } catch (HttpBodyWindow.TooLargeException e) {
            throw new StoreException(what + ": the value is too large to read at once (" + e.getMessage()
                    + "); read it in ranges");
        } catch (IOException e) {
            throw new Retryable(describe(e), null, e);
        } finally {
            if (future != null && !future.isDone()) {
                future.cancel(true);
            }
            inFlight.release();
        }
    }

    /** Waits for the response, giving up when nothing has moved for the read timeout. */
    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> future, HttpProgress progress)
            throws IOException {
        long limit = options.readTimeout().toNanos();
        while (true) {
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (progress.idleNanos() > limit) {
                    HttpTimeoutException stalled = new HttpTimeoutException("no progress for "
                            + options.readTimeout().toMillis() + " ms");
                    progress.abort(stalled);
                    future.cancel(true);
                    throw stalled;
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(cause);
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while reading from " + shown, e);
            }
        }
    }

    /** Chooses how to read the body from the status and headers, before any body byte arrives. */
    private HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, Want want,
                                                           HttpProgress progress, AtomicReference<String> bad) {
        HttpHeaders h = info.headers();
        long announced = h.firstValueAsLong("Content-Length").orElse(-1);
        int status = info.statusCode();
        String encoding = h.firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
        if ((status == 200 || status == 206) && !encoding.equals("identity") && want.kind() != Want.Kind.NOTHING) {
            bad.set("the server sent an encoded body (Content-Encoding: " + encoding + "), expected plain bytes");
            return HttpBodyWindow.drain(Long.MAX_VALUE, progress);
        }
        if (status == 206 && want.kind() != Want.Kind.NOTHING) {
            String problem = HttpContentRange.check(h.firstValue("Content-Range").orElse(null), want.kind()
                    == Want.Kind.SUFFIX, want.offset(), want.last(), want.length(), announced);
            if (problem != null) {
                bad.set(problem);
                return HttpBodyWindow.drain(Long.MAX_VALUE, progress);
            }
            // The range's length is the body's length even when no Content-Length was sent (chunked).
            long size = HttpContentRange.length(h.firstValue("Content-Range").get());
            return HttpBodyWindow.whole((int) size, size, progress);
        }
        if (status == 200) {
            return switch (want.kind()) {
                case WHOLE -> HttpBodyWindow.whole(ByteRange.MAX_ARRAY_LENGTH, announced, progress);
                // The server ignored the range: keep the part asked for.
                case RANGE -> HttpBodyWindow.window(want.offset(), (int) Math.min(want.length(),
                        ByteRange.MAX_ARRAY_LENGTH), announced, progress);
                case SUFFIX -> announced >= 0
                        ? HttpBodyWindow.window(Math.max(0, announced - want.length()), (int) want.length(), announced,
                        progress)
                        : HttpBodyWindow.tail((int) want.length(), announced, progress);
                case NOTHING -> HttpBodyWindow.drain(-1, progress);
            };
        }
        // HEAD bodies are empty whatever Content-Length says.
        return HttpBodyWindow.drain(want.kind() == Want.Kind.NOTHING ? -1 : announced, progress);
    }

    private Reply reply(HttpResponse<byte[]> response, Want want, String what) throws Retryable {
        int status = response.statusCode();
        if (status == 200 || status == 206 || want.kind() == Want.Kind.NOTHING && status == 204) {
            byte[] body = response.body();
            bytesReceived.addAndGet(body.length);
            return new Reply(status, Optional.of(body));
        }
        if (status == 404 || status == 410) {
            return new Reply(status, Optional.empty());
        }
        if (status == 416 && (want.kind() == Want.Kind.RANGE || want.kind() == Want.Kind.SUFFIX)) {
            // The range starts at or after the end (or the value is empty): zero bytes, like a cut range.
            return new Reply(status, Optional.of(new byte[0]));
        }
        if (status == 401 || status == 403) {
            throw new StoreException(what + ": access denied (HTTP " + status + "); check the URL and the"
                    + " server's permissions");
        }
        if (status == 405 || status == 501) {
            if (want.kind() == Want.Kind.NOTHING) {
                return new Reply(status, Optional.empty());
            }
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw new Retryable("HTTP " + status, retryAfter(response.headers()), null);
        }
        throw new StoreException(what + ": unexpected HTTP status " + status);
    }

    private static Duration retryAfter(HttpHeaders headers) {
        Optional<String> v = headers.firstValue("Retry-After");
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v.get().trim())));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: fall back to the store's own backoff
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null || m.isBlank() ? kind : kind + ": " + m;
    }

    private void acquire(String what) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(what + ": interrupted while waiting for a free connection slot", e);
        }
    }

    private static void sleep(Duration d, String what) {
        try {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(what + ": interrupted while waiting to retry", e);
        }
    }

    private static String decode(String raw) {
        return java.net.URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
