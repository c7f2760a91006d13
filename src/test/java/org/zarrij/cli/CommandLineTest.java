package org.zarrij.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.array.Json;
import org.zarrij.dtype.DataType;

/** The command-line contract: arguments, outputs, exit codes and one-line errors. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintWriter(out, true, StandardCharsets.UTF_8),
                new PrintWriter(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path npy(String name, short[] data, long... shape) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(p)) {
            Npy.writeHeader(os, DataType.UINT16, shape);
            os.write(ExportCommand.toLittleEndianBytes(data));
        }
        return p;
    }

    private static short[] readNpy(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            Npy.Header h = Npy.readHeader(in, p.toString());
            assertEquals(DataType.UINT16, h.type().dataType());
            byte[] rest = in.readAllBytes();
            return (short[]) ImportCommand.toPrimitive(rest, DataType.UINT16, java.nio.ByteOrder.LITTLE_ENDIAN);
        }
    }

    @Test
    void importInfoExportRoundTripForEveryCodecAndFormat() throws IOException {
        short[] data = new short[6 * 7 * 5];
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) (i * 13);
        }
        Path in = npy("in.npy", data, 6, 7, 5);
        String[] codecs = {"none", "gzip:3", "zlib", "zstd:5", "lz4", "bz2", "blosc", "blosc:zstd:3:bitshuffle",
            "blosc:blosclz:9:noshuffle"};
        int n = 0;
        for (String format : new String[]{"2", "3"}) {
            for (String codec : codecs) {
                String uri = dir.resolve("a" + n++ + ".zarr").toString();
                Result r = run("import", in.toString(), uri, "--zarr-format", format, "--chunks", "4,4,4", "--codec", codec,
                        "--order", n % 2 == 0 ? "C" : "F", "--dimension-separator", n % 3 == 0 ? "/" : ".");
                assertEquals(0, r.code(), r.err());
                Result info = run("info", uri, "--json");
                assertEquals(0, info.code(), info.err());
                JsonNode j = Json.parse(info.out().getBytes(StandardCharsets.UTF_8), "info");
                assertEquals("array", j.get("node").asText());
                assertEquals(Integer.parseInt(format), j.get("zarr_format").asInt());
                assertEquals("[6,7,5]", j.get("shape").toString());
                assertEquals("[4,4,4]", j.get("chunks").toString());
                assertEquals("<u2", j.get("dtype").asText());
                assertTrue(j.has("fill_value") && j.has("codecs") && j.has("attributes"));
                Path out = dir.resolve("out" + n + ".npy");
                Result ex = run("export", uri, "--out", out.toString());
                assertEquals(0, ex.code(), ex.err());
                assertArrayEquals(data, readNpy(out), "codec " + codec + " format " + format);
            }
        }
    }

    @Test
    void shardedImportReportsShardsAndInnerChunks() throws IOException {
        short[] data = new short[8 * 12];
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) (i * 3);
        }
        String uri = dir.resolve("s.zarr").toString();
        Result r = run("import", npy("s.npy", data, 8, 12).toString(), uri, "--chunks", "2,3", "--shards", "4,6",
                "--codec", "blosc:zstd:3:shuffle");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.parse(run("info", uri, "--json").out().getBytes(StandardCharsets.UTF_8), "info");
        assertEquals("[2,3]", j.get("chunks").toString());
        assertEquals("[4,6]", j.get("shards").toString());
        assertEquals("sharding_indexed", j.get("codecs").get(0).get("name").asText());
        assertTrue(run("info", uri).out().contains("shards:      [4,6]"));
        Path out = dir.resolve("s-out.npy");
        assertEquals(0, run("export", uri, "--out", out.toString(), "--region", "1:7,2:11").code());
        short[] back = readNpy(out);
        assertEquals(6 * 9, back.length);
        assertEquals(data[1 * 12 + 2], back[0]);
        Result v2 = run("import", npy("s2.npy", data, 8, 12).toString(), dir.resolve("s2.zarr").toString(),
                "--zarr-format", "2", "--shards", "4,6");
        assertEquals(2, v2.code());
        assertTrue(v2.err().contains("sharding needs Zarr v3"), v2.err());
    }

    @Test
    void exportRegionDropsIndexedDimensions() throws IOException {
        short[] data = new short[4 * 5];
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) i;
        }
        String uri = dir.resolve("r.zarr").toString();
        assertEquals(0, run("import", npy("r.npy", data, 4, 5).toString(), uri, "--chunks", "3,2").code());
        Path out = dir.resolve("r-out.npy");
        Result r = run("export", uri, "--out", out.toString(), "--region", "1,::2");
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(new short[]{5, 7, 9}, readNpy(out));
    }

    @Test
    void importRefusesToOverwriteWithoutFlag() throws IOException {
        String uri = dir.resolve("o.zarr").toString();
        Path in = npy("o.npy", new short[]{1, 2, 3}, 3);
        assertEquals(0, run("import", in.toString(), uri).code());
        Result again = run("import", in.toString(), uri);
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(1, again.err().strip().lines().count(), "one line: " + again.err());
        assertEquals(0, run("import", in.toString(), uri, "--overwrite").code());
    }

    @Test
    void zipStoresWorkEndToEnd() throws IOException {
        String uri = dir.resolve("z.zip").toString();
        short[] data = {5, 6, 7, 8};
        assertEquals(0, run("import", npy("z.npy", data, 2, 2).toString(), uri, "--zarr-format", "2").code());
        Path out = dir.resolve("z-out.npy");
        Result r = run("export", uri, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(data, readNpy(out));
    }

    @Test
    void errorsAreOneLineWithExitCodeTwo() {
        Result missing = run("info", dir.resolve("nothing-here").toString());
        assertEquals(2, missing.code());
        assertFalse(missing.err().contains("\tat "), "no stack trace: " + missing.err());
        assertTrue(missing.err().startsWith("zarr-ij: "), missing.err());
        Result usage = run("export");
        assertEquals(2, usage.code());
        Result badCodec = run("import", "x.npy", "y", "--codec", "snappy");
        assertEquals(2, badCodec.code());
    }

    @Test
    void groupsListChildren() throws IOException {
        Path g = dir.resolve("g.zarr");
        Files.createDirectories(g.resolve("child"));
        Files.writeString(g.resolve(".zgroup"), "{\"zarr_format\": 2}");
        Files.writeString(g.resolve("child/.zgroup"), "{\"zarr_format\": 2}");
        Result r = run("info", g.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.parse(r.out().getBytes(StandardCharsets.UTF_8), "info");
        assertEquals("group", j.get("node").asText());
        assertEquals("child", j.get("children").get(0).get("name").asText());
    }
}
