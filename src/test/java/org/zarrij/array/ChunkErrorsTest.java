package org.zarrij.array;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.zarrij.CodecException;
import org.zarrij.ZarrException;
import org.zarrij.codec.Codec;
import org.zarrij.dtype.DataType;
import org.zarrij.store.MemoryStore;

/** Corrupt, truncated and lying chunks give an error naming the chunk key, quickly and without huge allocations. */
class ChunkErrorsTest {

    private static ZarrArray array(MemoryStore store, String codec) {
        List<Codec> compressors = codec.equals("none") ? List.of() : List.of(ArrayDefinition.codec(
                org.zarrij.codec.CodecRegistry.global(), entry(codec), DataType.UINT16));
        ZarrArray a = Zarr.createArray(store, "img", ArrayDefinition.of(new long[]{64, 64}, new int[]{32, 32},
                DataType.UINT16).withCompressors(compressors), false);
        short[] data = new short[64 * 64];
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) (i % 251 + (i / 64));
        }
        a.write(Region.all(new long[]{64, 64}), data);
        return a;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode entry(String name) {
        com.fasterxml.jackson.databind.node.ObjectNode e = Json.object();
        e.put("name", name);
        if (name.equals("blosc")) {
            e.putObject("configuration").put("cname", "lz4").put("clevel", 5).put("shuffle", "shuffle")
                    .put("typesize", 2).put("blocksize", 0);
        }
        return e;
    }

    private static void assertNamesKey(ZarrArray a) {
        ZarrException e = assertThrows(ZarrException.class, a::read);
        assertTrue(e.getMessage().contains("img/c/0/1"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "gzip", "zstd", "blosc", "crc32c"})
    void truncatedChunksNameTheirKey(String codec) {
        MemoryStore store = new MemoryStore();
        ZarrArray a = array(store, codec);
        byte[] stored = store.get("img/c/0/1").orElseThrow();
        store.set("img/c/0/1", Arrays.copyOf(stored, stored.length / 2));
        assertNamesKey(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "zstd", "blosc", "crc32c"})
    void corruptChunksNameTheirKey(String codec) {
        MemoryStore store = new MemoryStore();
        ZarrArray a = array(store, codec);
        byte[] stored = store.get("img/c/0/1").orElseThrow();
        for (int i = stored.length / 3; i < stored.length; i += 7) {
            stored[i] ^= 0x5a;
        }
        if (!codec.equals("blosc")) {
            stored[stored.length - 1] ^= 1;
        }
        store.set("img/c/0/1", stored);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertNamesKey(a));
    }

    @Test
    void aChunkOfTheWrongSizeIsAnError() {
        MemoryStore store = new MemoryStore();
        ZarrArray a = array(store, "none");
        store.set("img/c/0/1", new byte[32 * 32 * 2 + 2]);
        CodecException e = assertThrows(CodecException.class, a::read);
        assertTrue(e.getMessage().contains("img/c/0/1"), e.getMessage());
    }

    @Test
    void aBloscHeaderThatLiesAboutItsSizeIsRefusedWithoutAllocating() {
        MemoryStore store = new MemoryStore();
        ZarrArray a = array(store, "blosc");
        byte[] stored = store.get("img/c/0/1").orElseThrow();
        ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN).putInt(4, Integer.MAX_VALUE);
        store.set("img/c/0/1", stored);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertNamesKey(a));
    }
}
