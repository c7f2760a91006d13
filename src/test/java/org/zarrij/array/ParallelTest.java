package org.zarrij.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Per-worker state: made once per worker that runs, never seen by two threads; errors still propagate. */
class ParallelTest {

    @Test
    void eachWorkerGetsItsOwnStateForAllItsIterations() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            AtomicInteger made = new AtomicInteger();
            Map<Integer, Object> stateOf = new ConcurrentHashMap<>();
            Map<Object, Thread> ownerOf = new ConcurrentHashMap<>();
            int n = 500;
            Parallel.forEach(pool, 4, n, () -> {
                made.incrementAndGet();
                return new Object();
            }, (state, i) -> {
                stateOf.put(i, state);
                Thread owner = ownerOf.putIfAbsent(state, Thread.currentThread());
                if (owner != null) {
                    assertSame(owner, Thread.currentThread(), "a state was used by two threads");
                }
            });
            assertEquals(n, stateOf.size());
            assertEquals(made.get(), ownerOf.size(), "one state per worker that ran");
            assertTrue(made.get() >= 1 && made.get() <= 4, "at most one state per worker: " + made.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failuresInTheBodyOrTheStateSupplierPropagate() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forEach(
                Parallel.sharedExecutor(), 2, 10, () -> {
                    throw new IllegalStateException("no state");
                }, (s, i) -> { }));
        assertEquals("no state", e.getMessage());
        assertThrows(ArithmeticException.class, () -> Parallel.forEach(Parallel.sharedExecutor(), 2, 10,
                () -> 0, (zero, i) -> System.out.print(i / zero)));
    }
}
