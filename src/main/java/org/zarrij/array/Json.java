package org.zarrij.array;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.zarrij.MetadataException;

/** The one JSON reader/writer of the engine: strict UTF-8, bounded nesting, messages with line and column. */
public final class Json {
    /** NaN and Infinity are accepted because Python's json module writes them in attributes. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // keep "1.0" as written (not "1"), so attributes read and written back keep their numbers' form
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxNumberLength(1000).maxStringLength(50_000_000).build());
    }

    private Json() {
    }

    /** Parses {@code bytes} from {@code where} (a key or file), failing with line and column. */
    public static JsonNode parse(byte[] bytes, String where) {
        int bad = firstInvalidUtf8(bytes);
        if (bad >= 0) {
            throw new MetadataException(where + ": invalid JSON at " + lineAndColumn(bytes, bad)
                    + ": not valid UTF-8 (byte 0x" + Integer.toHexString(bytes[bad] & 0xff) + ")");
        }
        try {
            // Parsed from characters, so that error columns count characters, not UTF-8 bytes.
            JsonNode node = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || node.isMissingNode()) {
                throw new MetadataException(where + ": empty document, expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String pos = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new MetadataException(where + ": invalid JSON" + pos + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MetadataException(where + ": cannot parse JSON: " + e.getMessage(), e);
        }
    }

    /** Parses a document that must be a JSON object. */
    public static ObjectNode parseObject(byte[] bytes, String where) {
        JsonNode n = parse(bytes, where);
        if (!n.isObject()) {
            throw new MetadataException(where + ": expected a JSON object, found " + kind(n));
        }
        return (ObjectNode) n;
    }

    public static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new MetadataException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A short name of a node's JSON type, for "expected X, found Y" messages. */
    public static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string \"" + abbreviate(n.textValue()) + "\"";
            case NUMBER -> "the number " + n;
            case BOOLEAN -> n.toString();
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. Decodes in bounded steps. */
    static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                r = decoder.flush(out.clear());
                return r.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /** "line L, column C" (both from 1, columns in characters) of byte {@code offset}. */
    static String lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) { // not a UTF-8 continuation byte
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    static boolean isParseError(Throwable t) {
        return t instanceof JsonParseException;
    }
}
