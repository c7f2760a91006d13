package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.StoreException;

class FileSystemStoreTest extends StoreContractTest {

    @TempDir
    Path tmp;

    @Override
    protected Store createStore() {
        return new FileSystemStore(tmp.resolve("store"));
    }

    /** A second store over the same folder: what one writes, the other must read. */
    @Override
    protected Store reopenStore(Store written) {
        return new FileSystemStore(((FileSystemStore) written).root());
    }

    @Test
    void keysAreFilesBelowTheRoot() throws Exception {
        Store store = newStore();
        store.set("a/b/c", bytes("abc"));
        assertArrayEquals(bytes("abc"), Files.readAllBytes(tmp.resolve("store/a/b/c")));
        Files.write(tmp.resolve("store/a/d"), bytes("d"));
        assertArrayEquals(bytes("d"), store.get("a/d").orElseThrow());
        assertEquals(tmp.resolve("store").toString(), store.describe());
    }

    /** A value carrying its own check: 4 bytes of marker, then a marker-dependent length of the marker byte. */
    private static byte[] checkedValue(int marker) {
        byte[] v = new byte[1024 + (marker % 97) * 64];
        ByteBuffer.wrap(v).putInt(marker);
        for (int i = 4; i < v.length; i++) {
            v[i] = (byte) marker;
        }
        return v;
    }

    private static boolean isComplete(byte[] v) {
        if (v.length < 4) {
            return false;
        }
        int marker = ByteBuffer.wrap(v).getInt();
        return java.util.Arrays.equals(v, checkedValue(marker));
    }

    @Test
    void concurrentWritesOfOneKeyAreAtomicAndLeaveNoTemporaryFiles() throws Exception {
        Store store = newStore();
        store.set("a/k", checkedValue(0));
        int writers = 3;
        int writes = 150;
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Future<?>> writerTasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writerTasks.add(pool.submit(() -> {
                    for (int i = 0; i < writes; i++) {
                        store.set("a/k", checkedValue(writer * writes + i + 1));
                    }
                }));
            }
            List<Future<?>> readerTasks = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readerTasks.add(pool.submit(() -> {
                    while (writing.get()) {
                        byte[] v = store.get("a/k").orElseThrow(() -> new AssertionError("key vanished"));
                        if (!isComplete(v)) {
                            throw new AssertionError("read a partial value of " + v.length + " bytes");
                        }
                        reads.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : writerTasks) {
                f.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> f : readerTasks) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(reads.get() > 0);
        assertTrue(isComplete(store.get("a/k").orElseThrow()));
        try (Stream<Path> files = Files.list(tmp.resolve("store/a"))) {
            assertEquals(List.of("k"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void symbolicLinksLeadingOutsideTheRootAreRefused() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.write(outside.resolve("secret"), bytes("secret"));
        Store store = newStore();
        Path root = tmp.resolve("store");
        Files.createSymbolicLink(root.resolve("link"), outside);
        Files.createSymbolicLink(root.resolve("file"), outside.resolve("secret"));

        for (String key : List.of("link/secret", "link/missing", "link/deeper/missing", "file")) {
            assertEscapeRefused(key, () -> store.get(key));
            assertEscapeRefused(key, () -> store.getRange(key, 0, 2));
            assertEscapeRefused(key, () -> store.exists(key));
        }
        assertEscapeRefused("link/new", () -> store.set("link/new", bytes("x")));
        assertEscapeRefused("link/sub/new", () -> store.set("link/sub/new", bytes("x")));
        assertEscapeRefused("link/secret", () -> store.delete("link/secret"));
        assertEscapeRefused("link", () -> store.list("link"));
        assertFalse(Files.exists(outside.resolve("new")));
        assertFalse(Files.exists(outside.resolve("sub")));
        assertTrue(Files.exists(outside.resolve("secret")));
        // Listing the root does not wander outside through the link.
        assertEquals(List.of("file"), store.list(""));
    }

    private static void assertEscapeRefused(String key, org.junit.jupiter.api.function.Executable call) {
        StoreException e = assertThrows(StoreException.class, call, key);
        assertTrue(e.getMessage().contains("'" + key + "'") && e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void symbolicLinksInsideTheRootAreFollowed() throws Exception {
        Store store = newStore();
        store.set("real/x", bytes("x"));
        Path root = tmp.resolve("store");
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
        Files.createSymbolicLink(root.resolve("y"), root.resolve("real/x"));
        assertArrayEquals(bytes("x"), store.get("alias/x").orElseThrow());
        assertArrayEquals(bytes("x"), store.get("y").orElseThrow());
        assertTrue(store.exists("y"));
        assertEquals(List.of("alias/x", "real/x", "y"), store.list(""));
        store.set("alias/z", bytes("z"));
        assertArrayEquals(bytes("z"), store.get("real/z").orElseThrow());
    }

    @Test
    void readOnlyStoresRefuseWrites() throws Exception {
        newStore().set("a", bytes("a"));
        FileSystemStore readOnly = FileSystemStore.readOnly(tmp.resolve("store"));
        assertFalse(readOnly.capabilities().writable());
        assertArrayEquals(bytes("a"), readOnly.get("a").orElseThrow());
        StoreException set = assertThrows(StoreException.class, () -> readOnly.set("b", bytes("b")));
        assertTrue(set.getMessage().contains("'b'") && set.getMessage().contains("read-only"), set.getMessage());
        StoreException delete = assertThrows(StoreException.class, () -> readOnly.delete("a"));
        assertTrue(delete.getMessage().contains("read-only"), delete.getMessage());
        assertTrue(Files.exists(tmp.resolve("store/a")));
        assertFalse(Files.exists(tmp.resolve("store/b")));
    }

    @Test
    void aReadOnlyStoreNeedsAnExistingFolder() {
        Path missing = tmp.resolve("missing");
        StoreException e = assertThrows(StoreException.class, () -> FileSystemStore.readOnly(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void foldersAreNotKeys() throws Exception {
        Store store = newStore();
        store.set("a/b", bytes("b"));
        assertEquals(Optional.empty(), store.get("a"));
        assertEquals(Optional.empty(), store.getRange("a", 0, 0));
        assertFalse(store.exists("a"));
        store.delete("a");
        assertTrue(Files.isDirectory(tmp.resolve("store/a")));
        StoreException e = assertThrows(StoreException.class, () -> store.set("a", bytes("x")));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void temporaryFilesAreNotListed() throws Exception {
        Store store = newStore();
        store.set("a/k", bytes("k"));
        Files.write(tmp.resolve("store/.k.0123456789abcdef.tmp"), bytes("partial"));
        Files.write(tmp.resolve("store/a/.k.fedcba9876543210.tmp"), bytes("partial"));
        assertEquals(List.of("a/k"), store.list(""));
        assertEquals(List.of("a"), store.listChildren(""));
        assertEquals(List.of("k"), store.listChildren("a"));
    }

    @Test
    void aFolderRemovedBehindTheStoresBackIsCreatedAgain() throws Exception {
        Store store = newStore();
        store.set("a/b/c", bytes("1"));
        Files.delete(tmp.resolve("store/a/b/c"));
        Files.delete(tmp.resolve("store/a/b"));
        Files.delete(tmp.resolve("store/a"));
        store.set("a/b/c", bytes("2"));
        assertArrayEquals(bytes("2"), store.get("a/b/c").orElseThrow());
    }
}
