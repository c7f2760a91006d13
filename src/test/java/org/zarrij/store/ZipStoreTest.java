package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.StoreException;
import org.zarrij.testutil.Python;

/** The contract in write-then-read mode (written, closed, opened again), plus zip specifics and Python interop. */
class ZipStoreTest extends StoreContractTest {

    @TempDir
    Path tmp;

    @Override
    protected Store createStore() {
        return ZipStore.create(tmp.resolve("store.zip"));
    }

    @Override
    protected Store reopenStore(Store written) {
        written.close();
        return ZipStore.open(((ZipStore) written).path());
    }

    /**
     * Writes {@code zip} with Python's zipfile: stored and deflated entries, a folder entry, a non-ASCII name, an
     * entry with a forced zip64 local header; every value is also written as a plain file below {@code expected},
     * named by the hex digits of the key's UTF-8 bytes (so that no file name depends on the locale).
     */
    private static final String PYTHON_WRITES_ZIP = """
            import os, sys, zipfile, random
            zip_path, expected = sys.argv[1], sys.argv[2]
            rnd = random.Random(42)
            values = {
                "zarr.json": (b'{"zarr_format": 3, "node_type": "group"}', zipfile.ZIP_STORED),
                "a/zarr.json": (b'{"zarr_format": 3}' * 50, zipfile.ZIP_DEFLATED),
                "a/c/0/0": (rnd.randbytes(100000), zipfile.ZIP_STORED),
                "a/c/0/1": (bytes(range(256)) * 2000, zipfile.ZIP_DEFLATED),
                "a/c/1/0": (rnd.randbytes(70000), zipfile.ZIP_DEFLATED),
                "\u00fcber/x": (b"umlaut", zipfile.ZIP_STORED),
                "empty": (b"", zipfile.ZIP_DEFLATED),
            }
            with zipfile.ZipFile(zip_path, "w") as zf:
                zf.mkdir("a/") if hasattr(zf, "mkdir") else zf.writestr("a/", b"")
                for name, (data, method) in values.items():
                    zf.writestr(name, data, compress_type=method)
                with zf.open(zipfile.ZipInfo("z64"), "w", force_zip64=True) as f:
                    f.write(b"forced zip64 local header " * 10)
                values["z64"] = (b"forced zip64 local header " * 10, None)
            os.makedirs(expected)
            for name, (data, _) in values.items():
                with open(os.path.join(expected, name.encode().hex()), "wb") as f:
                    f.write(data)
            """;

    @Test
    void readsAZipWrittenByPython() throws Exception {
        Path zip = tmp.resolve("python.zip");
        Path expected = tmp.resolve("expected");
        Python.run(PYTHON_WRITES_ZIP, zip.toString(), expected.toString());
        List<String> keys = List.of("a/c/0/0", "a/c/0/1", "a/c/1/0", "a/zarr.json", "empty", "z64", "zarr.json",
                "\u00fcber/x");
        try (ZipStore store = ZipStore.open(zip)) {
            assertEquals(keys, store.list(""), "folder entries are not keys");
            assertEquals(List.of("a", "empty", "z64", "zarr.json", "\u00fcber"), store.listChildren(""));
            assertFalse(store.exists("a"));
            assertFalse(store.capabilities().writable());
            for (String key : keys) {
                byte[] value = Files.readAllBytes(expected.resolve(HexFormat.of().formatHex(bytes(key))));
                assertArrayEquals(value, store.get(key).orElseThrow(), key);
                int mid = value.length / 3;
                assertArrayEquals(Arrays.copyOfRange(value, mid, Math.min(value.length, mid + 1000)),
                        store.getRange(key, mid, 1000).orElseThrow(), key);
                assertArrayEquals(Arrays.copyOfRange(value, Math.max(0, value.length - 77), value.length),
                        store.getSuffix(key, 77).orElseThrow(), key);
            }
        }
    }

    @Test
    void rangesOfStoredEntriesReadOnlyThoseBytesAtTheRightOffset() throws Exception {
        Path zip = tmp.resolve("stored.zip");
        String out = Python.run("""
                import sys, zipfile, struct, random
                data = random.Random(7).randbytes(100000)
                with zipfile.ZipFile(sys.argv[1], "w") as zf:
                    zf.writestr("first", b"padding" * 100)
                    zf.writestr("s", data, compress_type=zipfile.ZIP_STORED)
                with zipfile.ZipFile(sys.argv[1]) as zf:
                    info = zf.getinfo("s")
                with open(sys.argv[1], "rb") as f:
                    f.seek(info.header_offset)
                    header = f.read(30)
                name_len, extra_len = struct.unpack("<HH", header[26:30])
                print(info.header_offset + 30 + name_len + extra_len)
                """, zip.toString());
        long dataOffset = Long.parseLong(out.trim());
        byte[] fileBytes = Files.readAllBytes(zip);
        byte[] inFile = Arrays.copyOfRange(fileBytes, (int) dataOffset + 40_000, (int) dataOffset + 41_000);

        // Damage the entry everywhere except the range asked for: the range must still come back intact.
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[40_000]), dataOffset);
            channel.write(ByteBuffer.wrap(new byte[59_000]), dataOffset + 41_000);
        }
        try (ZipStore store = ZipStore.open(zip)) {
            assertArrayEquals(inFile, store.getRange("s", 40_000, 1000).orElseThrow());
            StoreException e = assertThrows(StoreException.class, () -> store.get("s"));
            assertTrue(e.getMessage().contains(zip.toString()) && e.getMessage().contains("CRC"), e.getMessage());
        }
    }

    @Test
    void pythonReadsWhatWeWrite() throws Exception {
        Path zip = tmp.resolve("ours.zip");
        Map<String, byte[]> expected = new TreeMap<>();
        try (ZipStore store = ZipStore.create(zip)) {
            store.set("zarr.json", bytes("{\"zarr_format\":3}"));
            store.set("a/c/0", random(50_000, 5));
            store.set("a/c/0", random(60_000, 6)); // replaced: only the last one is an entry
            store.set("gone", bytes("deleted"));
            store.delete("gone");
            store.set("\u00fcber/x", bytes("umlaut"));
            store.set("empty", new byte[0]);
            assertArrayEquals(random(60_000, 6), store.get("a/c/0").orElseThrow(), "read back while writing");
            assertFalse(Files.exists(zip), "the zip appears on close only");
        }
        expected.put("a/c/0", random(60_000, 6));
        expected.put("empty", new byte[0]);
        expected.put("zarr.json", bytes("{\"zarr_format\":3}"));
        expected.put("\u00fcber/x", bytes("umlaut"));
        String out = Python.run("""
                import sys, zipfile, hashlib
                with zipfile.ZipFile(sys.argv[1]) as zf:
                    assert zf.testzip() is None
                    for info in zf.infolist():
                        assert info.compress_type == zipfile.ZIP_STORED
                        print(info.filename.encode().hex(), hashlib.sha256(zf.read(info)).hexdigest())
                """, zip.toString());
        StringBuilder want = new StringBuilder();
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            want.append(HexFormat.of().formatHex(bytes(e.getKey()))).append(' ').append(sha256(e.getValue())).append('\n');
        }
        assertEquals(want.toString(), sortedLines(out));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of("ours.zip"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left");
        }
    }

    @Test
    void zip64EntryCountsWorkBothWays() throws Exception {
        int count = 65_600; // more than the 65535 a classic end record can count
        Path ours = tmp.resolve("ours.zip");
        try (ZipStore store = ZipStore.create(ours)) {
            for (int i = 0; i < count; i++) {
                store.set("c/" + i, bytes(Integer.toString(i)));
            }
        }
        Path theirs = tmp.resolve("theirs.zip");
        String out = Python.run("""
                import sys, zipfile
                with zipfile.ZipFile(sys.argv[1]) as zf:
                    names = zf.namelist()
                    print(len(names), zf.read("c/65599").decode(), zf.read("c/12345").decode())
                with zipfile.ZipFile(sys.argv[2], "w") as zf:
                    for i in range(int(sys.argv[3])):
                        zf.writestr("k/%d" % i, str(i))
                """, ours.toString(), theirs.toString(), Integer.toString(count));
        assertEquals(count + " 65599 12345", out.trim());
        try (ZipStore store = ZipStore.open(theirs)) {
            assertEquals(count, store.list("k").size());
            assertArrayEquals(bytes("65599"), store.get("k/65599").orElseThrow());
            assertArrayEquals(bytes("0"), store.get("k/0").orElseThrow());
        }
        try (ZipStore store = ZipStore.open(ours)) {
            assertEquals(count, store.list("").size());
            assertArrayEquals(bytes("65536"), store.get("c/65536").orElseThrow());
        }
    }

    @Test
    void offsetsBeyond4GiBUseZip64RecordsBothWays() throws Exception {
        long start = 4_500_000_000L; // a hole in a sparse file: nothing of it is written
        Path ours = tmp.resolve("far.zip");
        byte[] b = random(1000, 11);
        try (FileChannel channel = FileChannel.open(ours, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            ZipFileWriter writer = new ZipFileWriter(LocalDateTime.now(), start);
            List<ZipEntryInfo> entries = List.of(writer.append(channel, "far/a", bytes("beyond 4 GiB")),
                    writer.append(channel, "far/b", b));
            writer.finish(channel, entries);
        }
        try (ZipStore store = ZipStore.open(ours)) {
            assertArrayEquals(bytes("beyond 4 GiB"), store.get("far/a").orElseThrow());
            assertArrayEquals(b, store.get("far/b").orElseThrow());
            assertArrayEquals(Arrays.copyOfRange(b, 100, 200), store.getRange("far/b", 100, 100).orElseThrow());
        }
        Path theirs = tmp.resolve("far-python.zip");
        String out = Python.run("""
                import sys, zipfile, hashlib
                with zipfile.ZipFile(sys.argv[1]) as zf:
                    a = zf.getinfo("far/a")
                    print(a.header_offset, zf.read("far/a").decode(), hashlib.sha256(zf.read("far/b")).hexdigest())
                with open(sys.argv[2], "wb") as f:
                    f.seek(int(sys.argv[3]))
                    with zipfile.ZipFile(f, "w") as zf:
                        zf.writestr("far/c", b"python beyond 4 GiB")
                with zipfile.ZipFile(sys.argv[2]) as zf:
                    print(zf.getinfo("far/c").header_offset)
                """, ours.toString(), theirs.toString(), Long.toString(start));
        assertEquals(start + " beyond 4 GiB " + sha256(b) + "\n" + start, out.trim());
        try (ZipStore store = ZipStore.open(theirs)) {
            assertArrayEquals(bytes("python beyond 4 GiB"), store.get("far/c").orElseThrow());
        }
    }

    private void assertNamesFile(Path zip, Executable call) {
        StoreException e = assertThrows(StoreException.class, call);
        assertTrue(e.getMessage().contains(zip.toString()), e.getMessage());
    }

    @Test
    void brokenZipsGiveErrorsNamingTheFile() throws Exception {
        Path junk = tmp.resolve("junk.zip");
        Files.write(junk, random(5000, 9));
        assertNamesFile(junk, () -> ZipStore.open(junk));

        Path empty = tmp.resolve("empty.zip");
        Files.write(empty, new byte[0]);
        assertNamesFile(empty, () -> ZipStore.open(empty));

        Path missing = tmp.resolve("missing.zip");
        assertNamesFile(missing, () -> ZipStore.open(missing));

        Path good = tmp.resolve("good.zip");
        Python.run("""
                import sys, zipfile
                with zipfile.ZipFile(sys.argv[1], "w") as zf:
                    zf.writestr("a", b"x" * 5000, compress_type=zipfile.ZIP_DEFLATED)
                    zf.writestr("b", b"y" * 5000)
                """, good.toString());
        byte[] zip = Files.readAllBytes(good);

        Path truncated = tmp.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(zip, zip.length / 2));
        assertNamesFile(truncated, () -> ZipStore.open(truncated));

        int directory = endRecord(zip).getInt(16);
        byte[] badDirectory = zip.clone();
        badDirectory[directory] ^= 0x55;
        Path badDirectoryFile = tmp.resolve("bad-directory.zip");
        Files.write(badDirectoryFile, badDirectory);
        assertNamesFile(badDirectoryFile, () -> ZipStore.open(badDirectoryFile));

        // The first entry ("a", deflated) claims a huge size: refused before anything is allocated.
        byte[] bomb = zip.clone();
        ByteBuffer.wrap(bomb).order(ByteOrder.LITTLE_ENDIAN).putInt(directory + 24, 0x7FFFFFF0);
        Path bombFile = tmp.resolve("bomb.zip");
        Files.write(bombFile, bomb);
        try (ZipStore store = ZipStore.open(bombFile)) {
            assertNamesFile(bombFile, () -> store.get("a"));
            assertArrayEquals(bytes("y".repeat(5000)), store.get("b").orElseThrow());
        }

        // "a" claims more compressed bytes than lie before the central directory.
        byte[] overlong = zip.clone();
        ByteBuffer.wrap(overlong).order(ByteOrder.LITTLE_ENDIAN).putInt(directory + 20, zip.length);
        Path overlongFile = tmp.resolve("overlong.zip");
        Files.write(overlongFile, overlong);
        try (ZipStore store = ZipStore.open(overlongFile)) {
            assertNamesFile(overlongFile, () -> store.get("a"));
        }

        // The local header of "a" is damaged.
        byte[] badLocal = zip.clone();
        badLocal[0] = 0;
        Path badLocalFile = tmp.resolve("bad-local.zip");
        Files.write(badLocalFile, badLocal);
        try (ZipStore store = ZipStore.open(badLocalFile)) {
            assertNamesFile(badLocalFile, () -> store.getRange("a", 0, 10));
        }
    }

    private static ByteBuffer endRecord(byte[] zip) {
        ByteBuffer end = ByteBuffer.wrap(zip, zip.length - 22, 22).slice().order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x06054b50, end.getInt(0));
        return end;
    }

    @Test
    void zipsOpenedForReadingRefuseWrites() throws Exception {
        Path zip = tmp.resolve("r.zip");
        try (ZipStore store = ZipStore.create(zip)) {
            store.set("a", bytes("a"));
        }
        try (ZipStore store = ZipStore.open(zip)) {
            StoreException set = assertThrows(StoreException.class, () -> store.set("b", bytes("b")));
            assertTrue(set.getMessage().contains("'b'") && set.getMessage().contains("read-only"), set.getMessage());
            StoreException delete = assertThrows(StoreException.class, () -> store.delete("a"));
            assertTrue(delete.getMessage().contains("read-only"), delete.getMessage());
            assertArrayEquals(bytes("a"), store.get("a").orElseThrow());
        }
    }

    @Test
    void creatingRefusesAnExistingFileUnlessAskedToOverwrite() throws Exception {
        Path zip = tmp.resolve("exists.zip");
        Files.write(zip, bytes("not yours"));
        assertNamesFile(zip, () -> ZipStore.create(zip));
        assertArrayEquals(bytes("not yours"), Files.readAllBytes(zip));
        try (ZipStore store = ZipStore.create(zip, true)) {
            store.set("k", bytes("v"));
            assertArrayEquals(bytes("not yours"), Files.readAllBytes(zip), "replaced on close only");
        }
        try (ZipStore store = ZipStore.open(zip)) {
            assertArrayEquals(bytes("v"), store.get("k").orElseThrow());
        }
    }

    @Test
    void aClosedStoreSaysSo() throws Exception {
        Path zip = tmp.resolve("closed.zip");
        ZipStore writing = ZipStore.create(zip);
        writing.set("k", bytes("v"));
        writing.close();
        writing.close();
        StoreException e = assertThrows(StoreException.class, () -> writing.get("k"));
        assertTrue(e.getMessage().contains("closed") && e.getMessage().contains(zip.toString()), e.getMessage());
        assertThrows(StoreException.class, () -> writing.set("k2", bytes("v")));
        ZipStore reading = ZipStore.open(zip);
        reading.close();
        assertThrows(StoreException.class, () -> reading.get("k"));
    }

    @Test
    void anInterruptedThreadDoesNotBreakTheStoreForOthers() throws Exception {
        Path zip = tmp.resolve("interrupted.zip");
        try (ZipStore store = ZipStore.create(zip)) {
            store.set("a", bytes("a"));
            Thread.currentThread().interrupt(); // FileChannel closes itself when used by an interrupted thread
            try {
                StoreException e = assertThrows(StoreException.class, () -> store.set("b", bytes("b")));
                assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            } finally {
                Thread.interrupted();
            }
            store.set("c", bytes("c"));
            assertArrayEquals(bytes("a"), store.get("a").orElseThrow());
        }
        try (ZipStore store = ZipStore.open(zip)) {
            assertEquals(List.of("a", "c"), store.list(""));
            Thread.currentThread().interrupt();
            try {
                StoreException e = assertThrows(StoreException.class, () -> store.get("a"));
                assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            } finally {
                Thread.interrupted();
            }
            assertArrayEquals(bytes("c"), store.get("c").orElseThrow());
        }
    }

    @Test
    void aZipWithoutEntriesIsValid() throws Exception {
        Path zip = tmp.resolve("none.zip");
        ZipStore.create(zip).close();
        assertEquals("0", Python.run("""
                import sys, zipfile
                with zipfile.ZipFile(sys.argv[1]) as zf:
                    print(len(zf.namelist()))
                """, zip.toString()).trim());
        try (ZipStore store = ZipStore.open(zip)) {
            assertEquals(List.of(), store.list(""));
        }
    }

    private static String sha256(byte[] value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
    }

    private static String sortedLines(String text) {
        StringBuilder sb = new StringBuilder();
        text.lines().sorted().forEach(line -> sb.append(line).append('\n'));
        return sb.toString();
    }
}
