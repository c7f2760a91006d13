package org.zarrij.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zarrij.array.ArrayDefinition;
import org.zarrij.array.Json;
import org.zarrij.array.Zarr;
import org.zarrij.dtype.DataType;
import org.zarrij.store.FileSystemStore;
import org.zarrij.store.Store;

/** {@code zarr-ij validate} and the OME-NGFF part of {@code zarr-ij info}: outputs, exit codes, error lines. */
class ValidateCommandTest {
    /** {@code <json-pointer>: <message> (RULE)}, the pointer possibly after a file and '#'. */
    private static final Pattern LINE = Pattern.compile("^(\\(root\\)|[^ ]*#?(/[^ ]*)?): (warning: )?expected .+ \\([A-Z0-9-]+\\)$");

    private static final String VALID_04 = """
            {"multiscales": [{"version": "0.4", "name": "img", "type": "gaussian", "metadata": {},
              "axes": [{"name": "y", "type": "space", "unit": "micrometer"}, {"name": "x", "type": "space"}],
              "datasets": [{"path": "0", "coordinateTransformations": [{"type": "scale", "scale": [0.5, 0.5]}]}]}]}
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static CommandLineTest.Result run(String... args) {
        return CommandLineTest.run(args);
    }

    private static void assertErrorLines(String err) {
        for (String line : err.strip().split("\n")) {
            assertTrue(LINE.matcher(line).matches(), "not <json-pointer>: <message>: " + line);
        }
    }

    @Test
    void validDocumentExitsZeroAndPrintsItsWarnings() throws IOException {
        CommandLineTest.Result r = run("validate", "--attributes", file("ok.json", VALID_04).toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals("valid OME-NGFF 0.4 (0 errors, 1 warning)", r.out().strip());
        assertEquals("/multiscales/0/axes/1: warning: expected a \"unit\" for the space axis, found none "
                + "(AXIS-UNIT-MISSING)", r.err().strip());
    }

    @Test
    void invalidDocumentExitsOneWithOneLinePerError() throws IOException {
        String broken = VALID_04.replace("\"x\"", "\"y\"").replace("[0.5, 0.5]", "[0.5]");
        CommandLineTest.Result r = run("validate", "--attributes", file("bad.json", broken).toString());
        assertEquals(Main.FAILED_CHECK, r.code());
        assertTrue(r.out().startsWith("invalid OME-NGFF 0.4 (2 errors"), r.out());
        assertErrorLines(r.err());
        assertTrue(r.err().contains("/multiscales/0/axes/1/name: expected unique axis names, found \"y\" again"),
                r.err());
        assertTrue(r.err().contains("/multiscales/0/datasets/0/coordinateTransformations/0/scale: expected 2 values"),
                r.err());
    }

    @Test
    void malformedJsonIsInvalidWithLineAndColumn() throws IOException {
        CommandLineTest.Result r = run("validate", "--attributes",
                file("comment.json", "{\n  \"multiscales\": [],\n    // no comments in JSON\n}").toString());
        assertEquals(Main.FAILED_CHECK, r.code());
        assertTrue(r.err().startsWith("(root): invalid JSON at line 3, column 5:"), r.err());

        Path bad = dir.resolve("latin1.json");
        Files.write(bad, new byte[]{'{', '"', 'n', (byte) 0xE9, '"', ':', '1', '}'});
        CommandLineTest.Result utf = run("validate", "--attributes", bad.toString());
        assertEquals(Main.FAILED_CHECK, utf.code());
        assertTrue(utf.err().contains("line 1, column 4") && utf.err().contains("UTF-8"), utf.err());
    }

    @Test
    void jsonReportHasEveryFinding() throws IOException {
        String broken = VALID_04.replace("\"0.4\"", "\"0.3\"");
        CommandLineTest.Result r = run("validate", "--json", "--attributes", file("v.json", broken).toString());
        assertEquals(Main.FAILED_CHECK, r.code());
        assertEquals("", r.err());
        JsonNode report = Json.parse(r.out().getBytes(StandardCharsets.UTF_8), "report");
        assertEquals(false, report.get("valid").asBoolean());
        assertEquals("VERSION-SUPPORTED", report.at("/errors/0/rule").asText());
        assertEquals("/multiscales/0/version", report.at("/errors/0/pointer").asText());
        assertEquals("AXIS-UNIT-MISSING", report.at("/warnings/0/rule").asText());
    }

    @Test
    void usageAndIoErrorsExitTwo() {
        assertEquals(Main.ERROR, run("validate").code());
        assertEquals(Main.ERROR, run("validate", "a.zarr", "--attributes", "b.json").code());
        CommandLineTest.Result missing = run("validate", "--attributes", dir.resolve("missing.json").toString());
        assertEquals(Main.ERROR, missing.code());
        assertTrue(missing.err().startsWith("zarr-ij: ") && missing.err().contains("missing.json"), missing.err());
        CommandLineTest.Result noStore = run("validate", dir.resolve("nowhere.zarr").toString());
        assertEquals(Main.ERROR, noStore.code());
        assertTrue(noStore.err().contains("does not exist"), noStore.err());
    }

    private Path image05(List<String> dimensionNames) {
        Path root = dir.resolve("image.zarr");
        ObjectNode attributes = Json.parseObject(("{\"ome\": {\"version\": \"0.5\", \"multiscales\": [{\"name\": \"img\","
                + " \"type\": \"gaussian\", \"metadata\": {}, \"axes\": [{\"name\": \"y\", \"type\": \"space\", \"unit\":"
                + " \"micrometer\"}, {\"name\": \"x\", \"type\": \"space\", \"unit\": \"micrometer\"}], \"datasets\": ["
                + "{\"path\": \"0\", \"coordinateTransformations\": [{\"type\": \"scale\", \"scale\": [0.5, 0.5]}]},"
                + "{\"path\": \"1\", \"coordinateTransformations\": [{\"type\": \"scale\", \"scale\": [1.0, 1.0]}]}]}]}}")
                .getBytes(StandardCharsets.UTF_8), "attributes");
        try (Store store = new FileSystemStore(root, false)) {
            Zarr.createGroup(store, "", 3, attributes);
            Zarr.createArray(store, "0", ArrayDefinition.of(new long[]{16, 16}, new int[]{8, 8}, DataType.UINT8)
                    .withDimensionNames(dimensionNames), false);
            Zarr.createArray(store, "1", ArrayDefinition.of(new long[]{8, 8}, new int[]{8, 8}, DataType.UINT8), false);
        }
        return root;
    }

    @Test
    void validateAHierarchy() {
        Path ok = image05(List.of("y", "x"));
        CommandLineTest.Result r = run("validate", ok.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals("valid OME-NGFF 0.5 (0 errors, 0 warnings)", r.out().strip());
    }

    @Test
    void invalidHierarchyNamesTheFileAndPointer() throws IOException {
        Path bad = image05(List.of("x", "y"));
        CommandLineTest.Result r = run("validate", bad.toString());
        assertEquals(Main.FAILED_CHECK, r.code());
        assertEquals("0/zarr.json#/dimension_names: expected the axis names [y, x], found [x, y] (DIMENSION-NAMES)",
                r.err().strip());
        assertErrorLines(r.err());
    }

    @Test
    void infoShowsTheOmeNgffSummary() {
        Path image = image05(List.of("y", "x"));
        CommandLineTest.Result text = run("info", image.toString());
        assertEquals(Main.OK, text.code(), text.err());
        assertTrue(text.out().contains("ome-ngff:    0.5 image"), text.out());
        assertTrue(text.out().contains("axes:        y (space, micrometer), x (space, micrometer)"), text.out());
        assertTrue(text.out().contains("level 0:    shape [16,16] uint8, scale [0.5,0.5]"), text.out());
        assertTrue(text.out().contains("level 1:    shape [8,8] uint8, scale [1.0,1.0]"), text.out());

        CommandLineTest.Result json = run("info", image.toString(), "--json");
        JsonNode info = Json.parse(json.out().getBytes(StandardCharsets.UTF_8), "info");
        assertEquals("0.5", info.at("/ome/version").asText());
        assertEquals("[16,16]", info.at("/ome/multiscale/levels/0/shape").toString());
        assertEquals("image", info.at("/ome/kinds/0").asText());
    }
}
