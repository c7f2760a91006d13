package org.zarrij.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.array.Json;
import org.zarrij.dtype.DataType;
import org.zarrij.testutil.S3TestServer;

/** The command line with s3:// URIs (credentials from the default chain) and its errors for remote stores. */
class RemoteCommandLineTest {
    @TempDir
    Path dir;
    static S3TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new S3TestServer();
        server.createBucket("cli-data", false);
        System.setProperty("aws.accessKeyId", S3TestServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3TestServer.SECRET_KEY);
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        server.close();
    }

    @Test
    void importInfoExportThroughS3() throws Exception {
        short[] data = new short[9 * 10];
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) (i * 5);
        }
        Path in = dir.resolve("in.npy");
        try (OutputStream os = Files.newOutputStream(in)) {
            Npy.writeHeader(os, DataType.UINT16, new long[]{9, 10});
            os.write(ExportCommand.toLittleEndianBytes(data));
        }
        String uri = server.uri("cli-data/run1/img.zarr", null);
        CommandLineTest.Result r = CommandLineTest.run("import", in.toString(), uri, "--chunks", "4,4", "--shards",
                "8,8");
        assertEquals(0, r.code(), r.err());
        CommandLineTest.Result info = CommandLineTest.run("info", uri, "--json");
        assertEquals(0, info.code(), info.err());
        JsonNode j = Json.parse(info.out().getBytes(StandardCharsets.UTF_8), "info");
        assertEquals("[8,8]", j.get("shards").toString());
        Path out = dir.resolve("out.npy");
        CommandLineTest.Result ex = CommandLineTest.run("export", uri, "--out", out.toString());
        assertEquals(0, ex.code(), ex.err());
        try (InputStream is = Files.newInputStream(out)) {
            Npy.readHeader(is, out.toString());
            assertArrayEquals(data, (short[]) ImportCommand.toPrimitive(is.readAllBytes(), DataType.UINT16,
                    java.nio.ByteOrder.LITTLE_ENDIAN));
        }
    }

    @Test
    void remoteErrorsAreOneLineWithoutSecrets() {
        CommandLineTest.Result r = CommandLineTest.run("info", server.uri("cli-data/missing.zarr", null));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no Zarr array or group"), r.err());
        r = CommandLineTest.run("info", "s3://cli-data/x?endpont=http://127.0.0.1:1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown s3 option 'endpont'"), r.err());
        System.setProperty("zarrij.http.maxAttempts", "2"); // nothing listens on port 1: fail fast
        try {
            r = CommandLineTest.run("info", "http://user:pa55word@127.0.0.1:1/x.zarr?sig=t0ken", "--json");
        } finally {
            System.clearProperty("zarrij.http.maxAttempts");
        }
        assertEquals(2, r.code());
        assertTrue(r.err().contains("failed after 2 attempts"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("pa55word") || r.err().contains("t0ken"), r.err());
        r = CommandLineTest.run("import", dir.resolve("none.npy").toString(), "http://127.0.0.1:1/x.zarr");
        assertEquals(2, r.code());
    }
}
