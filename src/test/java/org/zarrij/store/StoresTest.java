package org.zarrij.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.StoreException;

class StoresTest {

    @TempDir
    Path tmp;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPathOrFileUriOpensAFolder() throws Exception {
        Path folder = tmp.resolve("data.zarr");
        try (Store store = Stores.open(folder.toString(), true)) {
            assertInstanceOf(FileSystemStore.class, store);
            store.set("zarr.json", bytes("{}"));
        }
        try (Store store = Stores.open(folder.toUri().toString(), false)) {
            assertInstanceOf(FileSystemStore.class, store);
            assertFalse(store.capabilities().writable());
            assertArrayEquals(bytes("{}"), store.get("zarr.json").orElseThrow());
        }
    }

    @Test
    void aMissingFolderIsAnErrorWhenReading() {
        Path missing = tmp.resolve("missing.zarr");
        StoreException e = assertThrows(StoreException.class, () -> Stores.open(missing.toString(), false));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aZipIsWrittenWhenNewAndReadOtherwise() throws Exception {
        Path zip = tmp.resolve("data.zarr.zip");
        try (Store store = Stores.open(zip.toString(), true)) {
            assertInstanceOf(ZipStore.class, store);
            assertTrue(store.capabilities().writable());
            store.set("zarr.json", bytes("{}"));
        }
        assertTrue(Files.isRegularFile(zip));
        for (boolean writable : new boolean[] {false, true}) {
            try (Store store = Stores.open(zip.toString(), writable)) {
                assertInstanceOf(ZipStore.class, store);
                assertFalse(store.capabilities().writable());
                assertArrayEquals(bytes("{}"), store.get("zarr.json").orElseThrow());
            }
        }
        StoreException e = assertThrows(StoreException.class,
                () -> Stores.open(tmp.resolve("missing.zip").toString(), false));
        assertTrue(e.getMessage().contains("missing.zip"), e.getMessage());
    }

    @Test
    void aFolderNamedLikeAZipIsAFolder() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("odd.zip"));
        try (Store store = Stores.open(folder.toString(), false)) {
            assertInstanceOf(FileSystemStore.class, store);
        }
    }

    @Test
    void otherSchemesAreNotSupportedYet() {
        for (String uri : new String[] {"gs://b/x.zip", "ftp://example.org/data.zarr"}) {
            StoreException e = assertThrows(StoreException.class, () -> Stores.open(uri, false));
            String scheme = uri.substring(0, uri.indexOf(':'));
            assertTrue(e.getMessage().contains("unsupported URI scheme '" + scheme + "'")
                    && e.getMessage().contains("(supported: file paths, file:, .zip, http:, https:, s3:)"),
                    e.getMessage());
        }
        assertEquals(0, tmp.toFile().list().length);
    }

    @Test
    void remoteSchemesOpenRemoteStoresWithoutAnyRequest() {
        try (Store http = Stores.open("https://example.invalid/data.zarr", false);
             Store s3 = Stores.open("s3://bucket/data.zarr?region=eu-west-1&anonymous=true", false)) {
            assertInstanceOf(HttpStore.class, ((MetadataCachingStore) http).inner());
            assertEquals("https://example.invalid/data.zarr/", http.describe());
            assertInstanceOf(S3Store.class, ((MetadataCachingStore) s3).inner());
            assertEquals("s3://bucket/data.zarr", s3.describe());
        }
        StoreException e = assertThrows(StoreException.class, () -> Stores.open("http://exa mple.org/x", false));
        assertTrue(e.getMessage().contains("not a valid URL"), e.getMessage());
    }
}
