package org.zarrij.store;

import java.io.IOException;

/**
 * When one HTTP request last made progress (sent, got headers, got body bytes), so that the waiting thread
 * can give up on a stalled transfer without limiting how long a slow but moving one may take.
 */
final class HttpProgress {
    private volatile long lastNanos = System.nanoTime();
    private volatile HttpBodyWindow body;

    void touch() {
        lastNanos = System.nanoTime();
    }

    void attach(HttpBodyWindow window) {
        body = window;
        touch();
    }

    long idleNanos() {
        return System.nanoTime() - lastNanos;
    }

    /** Fails and stops the body transfer, if one has started. */
    void abort(IOException reason) {
        HttpBodyWindow b = body;
        if (b != null) {
            b.abort(reason);
        }
    }
}
