package org.zarrij.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.array.Region;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrArray;
import org.zarrij.dtype.DataType;
import org.zarrij.store.Stores;
import org.zarrij.testutil.ElementBytes;
import org.zarrij.testutil.Node;

/**
 * zarrita (the JavaScript Zarr implementation in src/test/zarrita) writes Zarr v3 arrays, zarr-ij reads them:
 * every data type zarrita has (all but float16: Node 20 has no Float16Array), bytes little and big endian,
 * fill values (NaN, infinities, null, large integers), edge chunks, missing and partly written chunks, the
 * '.' separator, 1-d and 0-d arrays, transpose, zstd, numcodecs.lz4, blosc (five compressors, three shuffles),
 * gzip, numcodecs.zlib, crc32c, chains of them, and sharding_indexed.
 *
 * <p>Not all of it is zarrita's own encoding: zarrita 0.7 has no encoder for gzip, zlib and crc32c and cannot
 * write sharded arrays. write-arrays.mjs encodes those three codecs with node:zlib and its own CRC-32C inside
 * zarrita's codec pipeline, and builds shards by hand from the sharding_indexed spec (zarrita writes the
 * metadata and encodes the inner chunks; the script packs them with the index at the end or the start). The
 * script reads every array back with zarrita before this test looks at it, except the index-at-start shards,
 * which zarrita 0.7 cannot read.
 */
class ZarritaWritesTest {
    /** As many arrays as write-arrays.mjs writes, so that a case silently dropped there fails here. */
    private static final int CASES = 59;

    @Test
    void readsWhatZarritaWrote(@TempDir Path dir) throws IOException {
        Node.run("write-arrays.mjs", dir.toString());
        JsonNode cases = new ObjectMapper().readTree(dir.resolve("cases.json").toFile());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode c : cases) {
            String name = c.get("name").asText();
            try {
                failures.addAll(check(dir, name, c));
            } catch (RuntimeException e) {
                failures.add(name + ": " + e);
            }
            checked++;
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " arrays written by zarrita read wrong:\n"
                + String.join("\n", failures));
        assertEquals(CASES, checked, "arrays written by write-arrays.mjs");
    }

    private static List<String> check(Path dir, String name, JsonNode c) throws IOException {
        List<String> failures = new ArrayList<>();
        ZarrArray array = Zarr.openArray(Stores.open(dir.resolve(name).toString(), false), "");
        DataType type = array.dataType();
        long[] shape = new long[c.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = c.get("shape").get(i).asLong();
        }
        if (!type.v3Name().equals(c.get("dtype").asText()) || !Arrays.equals(shape, array.shape())) {
            failures.add(name + ": read as " + type.v3Name() + Arrays.toString(array.shape()) + ", written as "
                    + c.get("dtype").asText() + Arrays.toString(shape));
            return failures;
        }
        byte[] expected = Files.readAllBytes(dir.resolve(name + ".bin"));
        List<String> whole = ElementBytes.differences(type, expected, ElementBytes.of(array.read()));
        if (!whole.isEmpty()) {
            failures.add(name + " (whole array): " + String.join("; ", whole));
        }
        if (shape.length > 0) {
            // An inner box crossing chunk (and shard) borders: the partial-read path.
            long[] lo = new long[shape.length];
            long[] hi = shape.clone();
            for (int i = 0; i < shape.length; i++) {
                if (shape[i] >= 3) {
                    lo[i] = 1;
                    hi[i] = shape[i] - 1;
                }
            }
            long[] size = new long[shape.length];
            Arrays.setAll(size, i -> hi[i] - lo[i]);
            byte[] box = ElementBytes.of(array.read(Region.box(lo, size)));
            List<String> part = ElementBytes.differences(type,
                    ElementBytes.cut(expected, shape, lo, hi, type.itemSize()), box);
            if (!part.isEmpty()) {
                failures.add(name + " (box " + Arrays.toString(lo) + ".." + Arrays.toString(hi) + "): "
                        + String.join("; ", part));
            }
        }
        return failures;
    }
}
