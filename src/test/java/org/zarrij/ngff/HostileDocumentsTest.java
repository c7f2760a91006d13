package org.zarrij.ngff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents written to hurt: not JSON, deeply nested, huge, of the wrong types everywhere. Each gets clear
 * findings (syntax errors with line and column), in bounded time and memory, and never an exception.
 */
class HostileDocumentsTest {
    private static final Duration QUICK = Duration.ofSeconds(20);

    private static ValidationReport validate(String text) {
        return NgffValidator.validateAttributes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Issue onlyError(ValidationReport r) {
        assertFalse(r.isValid());
        assertEquals(1, r.errors().size(), DocumentRulesTest.lines(r));
        return r.errors().get(0);
    }

    @Test
    void badUtf8IsASyntaxErrorWithLineAndColumn() {
        byte[] bytes = "{\n  \"multiscales\": [\n    \"ab".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xFF;
        bad[bytes.length + 1] = '"';
        bad[bytes.length + 2] = ']';
        Issue e = onlyError(NgffValidator.validateAttributes(bad));
        assertEquals(Rule.JSON_SYNTAX, e.rule());
        assertTrue(e.message().contains("line 3, column 8") && e.message().contains("UTF-8"), e.message());
        for (byte[] other : new byte[][]{{'{', (byte) 0xC0, (byte) 0xAF, '}'}, {'{', (byte) 0xED, (byte) 0xA0,
            (byte) 0x80, '}'}, {(byte) 0xFE, (byte) 0xFF, 0, '{'}, {'{', '"', (byte) 0xE2, (byte) 0x82}}) {
            assertEquals(Rule.JSON_SYNTAX, onlyError(NgffValidator.validateAttributes(other)).rule());
        }
    }

    @Test
    void columnsCountCharactersNotBytes() {
        Issue e = onlyError(validate("{\"name\": \"µµµ\" x}"));
        assertTrue(e.message().contains("line 1, column 16"), e.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"multiscales\": [] // a comment\n}",
        "{\"multiscales\": []} trailing",
        "{\"multiscales\": [],}",
        "{'multiscales': []}",
        "{\"multiscales\": [}",
        "",
        "   \n  ",
        "{\"a\": \"unterminated}",
    })
    void notJsonIsOneSyntaxErrorWithItsPosition(String text) {
        Issue e = onlyError(validate(text));
        assertEquals(Rule.JSON_SYNTAX, e.rule());
        assertEquals("", e.pointer());
        assertTrue(e.message().contains("line ") || e.message().contains("empty"), e.message());
    }

    @Test
    void topLevelValuesThatAreNotObjects() {
        for (String text : new String[]{"[]", "3", "\"x\"", "null", "true"}) {
            Issue e = onlyError(validate(text));
            assertEquals(Rule.TYPE, e.rule(), text);
            assertTrue(e.message().startsWith("expected the group attributes (a JSON object), found"), e.message());
        }
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        assertTimeoutPreemptively(QUICK, () -> {
            String deep = "{\"multiscales\": " + "[".repeat(200_000);
            Issue e = onlyError(validate(deep));
            assertEquals(Rule.JSON_SYNTAX, e.rule());
            assertTrue(e.message().contains("nesting depth"), e.message());
        });
    }

    @Test
    void nestingWithinTheLimitIsKeptInFreeFormMetadata() {
        ObjectNode doc = Docs.v04(Docs.IMAGE);
        String nested = "[".repeat(150) + "1" + "]".repeat(150);
        Docs.set(doc, "/multiscales/0/metadata/deep", nested);
        NgffMetadata m = NgffMetadata.read(doc).orElseThrow();
        assertEquals(doc, org.zarrij.array.Json.parse(m.write(), "written"));
        assertTrue(NgffValidator.validateAttributes(m.write()).isValid());
    }

    @Test
    void hugeListsOfWrongItemsCostBoundedMemory() {
        assertTimeoutPreemptively(QUICK, () -> {
            StringBuilder sb = new StringBuilder("{\"multiscales\": [{\"version\": \"0.4\", \"axes\": [");
            int n = 1_000_000;
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : ",").append('7');
            }
            sb.append("], \"datasets\": []}]}");
            ValidationReport r = validate(sb.toString());
            assertFalse(r.isValid());
            assertEquals(n + 1, r.errorCount(), "every wrong axis and the empty datasets are counted");
            assertEquals(Issues.MAX_KEPT, r.issues().size());
            assertTrue(r.omitted() > 0);
            assertEquals("/multiscales/0/axes/0", r.errors().get(0).pointer());
        });
    }

    @Test
    void hugeValidDocumentsAreCheckedInLinearTime() {
        assertTimeoutPreemptively(QUICK, () -> {
            StringBuilder sb = new StringBuilder("{\"plate\": {\"version\": \"0.4\", \"name\": \"big\", \"columns\": [");
            int columns = 300;
            int rows = 300;
            for (int c = 0; c < columns; c++) {
                sb.append(c == 0 ? "" : ",").append("{\"name\": \"").append(c).append("\"}");
            }
            sb.append("], \"rows\": [");
            for (int r = 0; r < rows; r++) {
                sb.append(r == 0 ? "" : ",").append("{\"name\": \"R").append(r).append("\"}");
            }
            sb.append("], \"wells\": [");
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    sb.append(r + c == 0 ? "" : ",").append("{\"path\": \"R").append(r).append('/').append(c)
                            .append("\", \"rowIndex\": ").append(r).append(", \"columnIndex\": ").append(c).append('}');
                }
            }
            sb.append("]}}");
            ValidationReport r = validate(sb.toString());
            assertTrue(r.isValid(), DocumentRulesTest.lines(r));
        });
    }

    @Test
    void enormousNumbersAreRefusedWithoutBeingExpanded() {
        assertTimeoutPreemptively(QUICK, () -> {
            ObjectNode doc = Docs.v04(Docs.PLATE);
            Docs.set(doc, "/plate/wells/0/rowIndex", "1e999999999");
            Docs.set(doc, "/plate/wells/1/rowIndex", "9".repeat(900));
            Docs.set(doc, "/plate/field_count", "-1e-999999999");
            ValidationReport r = NgffValidator.validateAttributes(doc);
            assertEquals(java.util.Set.of("/plate/wells/0/rowIndex", "/plate/wells/1/rowIndex", "/plate/field_count"),
                    r.errors().stream().map(Issue::pointer).collect(java.util.stream.Collectors.toSet()),
                    DocumentRulesTest.lines(r));
            assertTrue(r.errors().stream().allMatch(i -> i.rule() == Rule.TYPE && i.message().length() < 200));
            ObjectNode image = Docs.v04(Docs.IMAGE);
            Docs.set(image, "/multiscales/0/datasets/0/coordinateTransformations/0/scale/0", "1e999999999");
            ValidationReport s = validate(new String(org.zarrij.array.Json.write(image), StandardCharsets.UTF_8)
                    .replace("1E+999999999", "NaN"));
            assertEquals(Rule.TYPE, onlyError(s).rule());
            assertTrue(onlyError(s).message().contains("finite"), onlyError(s).message());
        });
    }

    /** Every value of every kind of document replaced by every kind of wrong value: findings, never exceptions. */
    @Test
    void wrongTypesEverywhere() {
        assertTimeoutPreemptively(QUICK, () -> {
            String[] wrong = {"null", "true", "-1", "1.5", "\"\"", "\"../..\"", "[]", "{}", "[null]", "[{}]",
                "\"" + "x".repeat(10_000) + "\""};
            int reports = 0;
            for (String base : List.of(Docs.IMAGE, Docs.LABEL, Docs.LABELS, Docs.PLATE, Docs.WELL, Docs.BF2RAW,
                    Docs.SERIES)) {
                for (NgffVersion v : NgffVersion.values()) {
                    ObjectNode doc = Docs.of(v, base);
                    List<String> pointers = new ArrayList<>();
                    Docs.forEachPointer(doc, "", (p, n) -> pointers.add(p));
                    for (String pointer : pointers.subList(1, pointers.size())) {
                        for (String value : wrong) {
                            ObjectNode broken = doc.deepCopy();
                            Docs.set(broken, pointer, value);
                            ValidationReport r = NgffValidator.validateAttributes(broken);
                            r.issues().forEach(i -> assertTrue(i.pointer().isEmpty() || i.pointer().startsWith("/")));
                            NgffMetadata.read(broken).ifPresent(NgffMetadata::write);
                            reports++;
                        }
                    }
                }
            }
            assertTrue(reports > 1000);
        });
    }

    @Test
    void documentsLargerThanTheLimitAreRefusedBeforeParsing() {
        byte[] big = new byte[NgffValidator.MAX_DOCUMENT_BYTES + 1];
        Issue e = onlyError(NgffValidator.validateAttributes(big));
        assertEquals(Rule.DOCUMENT_SIZE, e.rule());
    }
}
