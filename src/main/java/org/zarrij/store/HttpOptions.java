package org.zarrij.store;

import java.time.Duration;
import java.util.function.Function;
import org.zarrij.StoreException;

/**
 * How an {@link HttpStore} talks to its server.
 *
 * @param maxInFlight    requests sent at once at most (a semaphore); more wait for a free slot
 * @param maxAttempts    tries per request, the first included, for failures that may pass (5xx, 408, 429,
 *                       resets, timeouts, truncated bodies)
 * @param initialBackoff the wait before the second try; it doubles per try (with jitter) up to {@code maxBackoff}
 * @param maxBackoff     the longest wait between two tries
 * @param connectTimeout how long opening a connection may take
 * @param readTimeout    how long a request may go without progress (no headers yet, or no new body bytes)
 */
public record HttpOptions(int maxInFlight, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                          Duration connectTimeout, Duration readTimeout) {

    public static final HttpOptions DEFAULT = new HttpOptions(64, 6, Duration.ofMillis(200), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30));

    /** System property prefix: {@code zarrij.http.maxInFlight}, {@code zarrij.http.maxAttempts}, ... */
    public static final String PROPERTY_PREFIX = "zarrij.http.";

    public HttpOptions {
        if (maxInFlight < 1 || maxInFlight > 1024) {
            throw new StoreException("HTTP option maxInFlight must be within 1..1024, found " + maxInFlight);
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new StoreException("HTTP option maxAttempts must be within 1..100, found " + maxAttempts);
        }
        for (Duration d : new Duration[] {initialBackoff, maxBackoff, connectTimeout, readTimeout}) {
            if (d == null || d.isNegative()) {
                throw new StoreException("HTTP option durations must be >= 0, found " + d);
            }
        }
        if (connectTimeout.isZero() || readTimeout.isZero()) {
            throw new StoreException("HTTP options connectTimeout and readTimeout must be > 0");
        }
    }

    /**
     * The defaults, overridden by system properties where set: {@code zarrij.http.maxInFlight},
     * {@code maxAttempts} (integers), {@code initialBackoffMillis}, {@code maxBackoffMillis},
     * {@code connectTimeoutMillis}, {@code readTimeoutMillis}.
     */
    public static HttpOptions fromSystemProperties() {
        return from(System::getProperty);
    }

    static HttpOptions from(Function<String, String> properties) {
        HttpOptions d = DEFAULT;
        return new HttpOptions(
                integer(properties, "maxInFlight", d.maxInFlight),
                integer(properties, "maxAttempts", d.maxAttempts),
                millis(properties, "initialBackoffMillis", d.initialBackoff),
                millis(properties, "maxBackoffMillis", d.maxBackoff),
                millis(properties, "connectTimeoutMillis", d.connectTimeout),
                millis(properties, "readTimeoutMillis", d.readTimeout));
    }

    public HttpOptions withMaxInFlight(int n) {
        return new HttpOptions(n, maxAttempts, initialBackoff, maxBackoff, connectTimeout, readTimeout);
    }

    public HttpOptions withRetries(int attempts, Duration initial, Duration max) {
        return new HttpOptions(maxInFlight, attempts, initial, max, connectTimeout, readTimeout);
    }

    public HttpOptions withTimeouts(Duration connect, Duration read) {
        return new HttpOptions(maxInFlight, maxAttempts, initialBackoff, maxBackoff, connect, read);
    }

    /** The wait before try {@code attempt + 1} (attempt counts from 1): doubling, capped, with jitter in [d/2, d]. */
    Duration backoff(int attempt, double random) {
        long initial = initialBackoff.toNanos();
        long cap = maxBackoff.toNanos();
        long d = initial;
        for (int i = 1; i < attempt && d < cap; i++) {
            d *= 2;
        }
        d = Math.min(d, cap);
        return Duration.ofNanos((long) (d * (0.5 + 0.5 * random)));
    }

    private static int integer(Function<String, String> properties, String name, int fallback) {
        String v = properties.apply(PROPERTY_PREFIX + name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new StoreException("system property " + PROPERTY_PREFIX + name + ": expected an integer, found '"
                    + v + "'");
        }
    }

    private static Duration millis(Function<String, String> properties, String name, Duration fallback) {
        String v = properties.apply(PROPERTY_PREFIX + name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Duration.ofMillis(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            throw new StoreException("system property " + PROPERTY_PREFIX + name + ": expected milliseconds, found '"
                    + v + "'");
        }
    }
}
