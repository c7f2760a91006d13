package org.zarrij.store;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives a response body and keeps only what was asked for: bytes {@code [start, start + limit)}, the whole
 * body (failing when longer than {@code limit}), the last {@code limit} bytes, or nothing. Memory is bounded
 * by the window, not by the body, so a server that answers a range request with the whole object (status
 * 200) still costs only the bytes asked for; once the window is full the rest is not read (the connection is
 * dropped).
 *
 * <p>A body that ends before its announced length is truncated: the result then fails with an
 * {@link IOException} (retried by the store), never with short data. Progress is reported to an
 * {@link HttpProgress} so the waiting thread can tell a slow transfer from a stalled one.
 */
final class HttpBodyWindow implements HttpResponse.BodySubscriber<byte[]> {
    /** Buffers start at most this big and grow as bytes arrive, so a lying Content-Length costs nothing. */
    private static final int INITIAL_BUFFER = 1 << 20;
    /** Error and 404 bodies are read to the end (keeping the connection) only when at most this long. */
    private static final long MAX_DRAINED = 1 << 16;

    private enum Mode { WINDOW, WHOLE, TAIL, DRAIN }

    private final Mode mode;
    private final long start;
    private final int limit;
    /** The body's announced length (Content-Length), or -1 when unknown. */
    private final long announced;
    private final HttpProgress progress;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    private Flow.Subscription subscription;
    private long position;
    private byte[] buffer;
    private int filled;

    private HttpBodyWindow(Mode mode, long start, int limit, long announced, HttpProgress progress) {
        this.mode = mode;
        this.start = start;
        this.limit = limit;
        this.announced = announced;
        this.progress = progress;
        long expected = announced < 0 || mode == Mode.TAIL ? limit : Math.max(0, Math.min(limit, announced - start));
        this.buffer = new byte[(int) Math.min(expected, INITIAL_BUFFER)];
    }

    /** Keeps bytes {@code [start, start + limit)} of the body. */
    static HttpBodyWindow window(long start, int limit, long announced, HttpProgress progress) {
        return new HttpBodyWindow(Mode.WINDOW, start, limit, announced, progress);
    }

    /** Keeps the whole body, failing with {@link TooLargeException} when it is longer than {@code limit}. */
    static HttpBodyWindow whole(int limit, long announced, HttpProgress progress) {
        return new HttpBodyWindow(Mode.WHOLE, 0, limit, announced, progress);
    }

    /** Keeps the last {@code limit} bytes of a body. */
    static HttpBodyWindow tail(int limit, long announced, HttpProgress progress) {
        return new HttpBodyWindow(Mode.TAIL, 0, limit, announced, progress);
    }

    /** Keeps nothing: reads a short body to its end (so the connection can be reused) or drops a long one. */
    static HttpBodyWindow drain(long announced, HttpProgress progress) {
        return new HttpBodyWindow(Mode.DRAIN, 0, 0, announced, progress);
    }

    /** Raised (as the body's failure) when a whole value does not fit into one array. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        synchronized (this) {
            subscription = s;
        }
        progress.attach(this);
        boolean nothingToRead = mode == Mode.WINDOW && (limit == 0 || announced >= 0 && start >= announced)
                || mode == Mode.DRAIN && announced > MAX_DRAINED;
        if (nothingToRead) {
            finish(true);
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        progress.touch();
        for (ByteBuffer b : items) {
            boolean done = switch (mode) {
                case WINDOW, WHOLE -> keepWindow(b);
                case TAIL -> keepTail(b);
                case DRAIN -> drain(b);
            };
            if (done) {
                finish(true);
                return;
            }
            if (result.isDone()) {
                return;
            }
        }
        subscription.request(1);
    }

    /** Copies the part of {@code b} inside the window; true when the window is full. */
    private boolean keepWindow(ByteBuffer b) {
        int n = b.remaining();
        long end = start + limit;
        if (mode == Mode.WHOLE && position + n > end) {
            abort(new TooLargeException("the body is longer than " + limit + " bytes"));
            return false;
        }
        long from = Math.max(position, start);
        long to = Math.min(position + n, end);
        if (to > from) {
            int count = (int) (to - from);
            ensureCapacity(filled + count);
            b.position(b.position() + (int) (from - position));
            b.get(buffer, filled, count);
            filled += count;
        }
        position += n;
        return mode == Mode.WINDOW && position >= end;
    }

    /**
     * Keeps the last {@code limit} bytes in a ring: the byte at body position p sits at p % limit. Until the
     * ring is full that is p itself, so the buffer can grow as bytes arrive.
     */
    private boolean keepTail(ByteBuffer b) {
        int n = b.remaining();
        if (limit == 0) {
            position += n;
            return false;
        }
        if (n > limit) {
            int skip = n - limit;
            b.position(b.position() + skip);
            position += skip;
            n = limit;
        }
        ensureCapacity((int) Math.min(limit, position + n));
        int at = (int) (position % limit);
        int first = Math.min(n, limit - at);
        b.get(buffer, at, first);
        b.get(buffer, 0, n - first);
        position += n;
        filled = (int) Math.min(limit, filled + (long) n);
        return false;
    }

    private boolean drain(ByteBuffer b) {
        position += b.remaining();
        b.position(b.limit());
        return position > MAX_DRAINED;
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer.length) {
            int grown = (int) Math.min(limit, Math.max(needed, 2L * buffer.length));
            buffer = Arrays.copyOf(buffer, grown);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        if (announced >= 0 && position != announced) {
            result.completeExceptionally(new IOException("truncated response body: " + position + " of "
                    + announced + " announced bytes"));
            return;
        }
        finish(false);
    }

    private void finish(boolean early) {
        if (early) {
            cancel();
        }
        if (mode != Mode.TAIL) {
            result.complete(filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled));
            return;
        }
        byte[] out = new byte[filled];
        if (position <= limit || position % limit == 0) {
            System.arraycopy(buffer, 0, out, 0, filled);
        } else {
            int at = (int) (position % limit);
            System.arraycopy(buffer, at, out, 0, limit - at);
            System.arraycopy(buffer, 0, out, limit - at, at);
        }
        result.complete(out);
    }

    /** Stops receiving: the window is full, or the transfer stalled. */
    void cancel() {
        Flow.Subscription s;
        synchronized (this) {
            s = subscription;
        }
        if (s != null) {
            s.cancel();
        }
    }

    /** Fails the result and stops the transfer, so nobody waits for it any longer. */
    void abort(IOException reason) {
        result.completeExceptionally(reason);
        cancel();
    }
}
