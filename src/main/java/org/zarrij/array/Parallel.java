package org.zarrij.array;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs a loop body over 0..n-1 on a bounded pool. The calling thread works too and never waits for a
 * helper that has not started, so nested loops on pool threads cannot deadlock.
 */
public final class Parallel {
    /** Chunk IO mixes waiting for storage with decoding: twice the cores keeps both busy. */
    public static final int DEFAULT_PARALLELISM = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    /**
     * Threads of the shared pool at most. Local reads use {@link #DEFAULT_PARALLELISM} of them; remote stores
     * keep many more requests in flight (their own limit caps the requests actually sent at once).
     */
    public static final int MAX_SHARED_THREADS = 128;

    /**
     * A cached pool of daemon threads, bounded: idle threads end after a minute, and when all are busy a
     * loop's extra helpers are refused and {@link #forEach} does the work on the calling thread instead.
     */
    private static final ExecutorService SHARED = new ThreadPoolExecutor(0, MAX_SHARED_THREADS, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "zarr-ij-io");
                t.setDaemon(true);
                return t;
            });

    private Parallel() {
    }

    public static ExecutorService sharedExecutor() {
        return SHARED;
    }

    public static void forEach(ExecutorService executor, int parallelism, int n, IntConsumer body) {
        forEach(executor, parallelism, n, () -> null, (state, i) -> body.accept(i));
    }

    /**
     * Like {@link #forEach(ExecutorService, int, int, IntConsumer)}, with a state per worker (e.g. a scratch
     * buffer): made by {@code workerState} on a worker's first iteration and passed to every iteration that
     * worker runs, so it is never shared between threads and lives only as long as this call.
     */
    public static <S> void forEach(ExecutorService executor, int parallelism, int n, Supplier<S> workerState,
            ObjIntConsumer<S> body) {
        if (n <= 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Runnable loop = () -> {
            S state = null;
            boolean made = false;
            int i;
            while (error.get() == null && (i = next.getAndIncrement()) < n) {
                try {
                    if (!made) {
                        state = workerState.get();
                        made = true;
                    }
                    body.accept(state, i);
                } catch (Throwable t) {
                    error.compareAndSet(null, t);
                }
            }
        };
        int helpers = Math.min(parallelism, n) - 1;
        Object lock = new Object();
        int[] running = {0};
        boolean[] closed = {false};
        for (int h = 0; h < helpers && executor != null; h++) {
            try {
                executor.execute(() -> {
                    synchronized (lock) {
                        if (closed[0]) {
                            return;
                        }
                        running[0]++;
                    }
                    try {
                        loop.run();
                    } finally {
                        synchronized (lock) {
                            running[0]--;
                            lock.notifyAll();
                        }
                    }
                });
            } catch (RejectedExecutionException e) {
                break;
            }
        }
        loop.run();
        synchronized (lock) {
            closed[0] = true;
            while (running[0] > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    error.compareAndSet(null, e);
                    break;
                }
            }
        }
        Throwable t = error.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new org.zarrij.ZarrException(t.toString(), t);
        }
    }
}
