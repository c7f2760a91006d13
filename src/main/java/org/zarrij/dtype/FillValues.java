package org.zarrij.dtype;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.zarrij.MetadataException;

/**
 * Fill values between their JSON form (v2 and v3) and one element's bytes, little-endian.
 * JSON forms: numbers, booleans, "NaN", "Infinity", "-Infinity", hex bit patterns ("0x7fc00000", v3),
 * [real, imaginary] pairs for complex types, and null (v2: no fill value, read as zeros).
 */
public final class FillValues {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private FillValues() {
    }

    /** The bytes of one element of {@code type} given by {@code node}; {@code where} prefixes errors. */
    public static byte[] parse(JsonNode node, DataType type, String where) {
        ByteBuffer b = ByteBuffer.allocate(type.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return b.array();
        }
        switch (type) {
            case BOOL -> {
                if (node.isBoolean()) {
                    b.put((byte) (node.booleanValue() ? 1 : 0));
                } else if (node.isIntegralNumber() && (node.asLong() == 0 || node.asLong() == 1)) {
                    b.put((byte) node.asLong());
                } else {
                    throw bad(where, "true or false", node);
                }
            }
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64 -> putInteger(b, type, node, where);
            case FLOAT16 -> b.putShort(Float16.fromFloat((float) parseFloat(node, where, 16)));
            case FLOAT32 -> {
                if (isHex(node)) {
                    b.putInt((int) parseHex(node, where, 32));
                } else {
                    b.putFloat((float) parseFloat(node, where, 32));
                }
            }
            case FLOAT64 -> {
                if (isHex(node)) {
                    b.putLong(parseHex(node, where, 64));
                } else {
                    b.putDouble(parseFloat(node, where, 64));
                }
            }
            case COMPLEX64, COMPLEX128 -> {
                if (!node.isArray() || node.size() != 2) {
                    throw bad(where, "a [real, imaginary] pair", node);
                }
                for (int i = 0; i < 2; i++) {
                    JsonNode part = node.get(i);
                    if (type == DataType.COMPLEX64) {
                        if (isHex(part)) {
                            b.putInt((int) parseHex(part, where + "/" + i, 32));
                        } else {
                            b.putFloat((float) parseFloat(part, where + "/" + i, 32));
                        }
                    } else if (isHex(part)) {
                        b.putLong(parseHex(part, where + "/" + i, 64));
                    } else {
                        b.putDouble(parseFloat(part, where + "/" + i, 64));
                    }
                }
            }
            default -> throw new IllegalStateException(type.name());
        }
        return b.array();
    }

    /** The JSON form of one element (as zarr-python writes it). */
    public static JsonNode toJson(byte[] element, DataType type) {
        ByteBuffer b = ByteBuffer.wrap(element).order(ByteOrder.LITTLE_ENDIAN);
        return switch (type) {
            case BOOL -> JSON.booleanNode(element[0] != 0);
            case INT8 -> JSON.numberNode(b.get());
            case INT16 -> JSON.numberNode(b.getShort());
            case INT32 -> JSON.numberNode(b.getInt());
            case INT64 -> JSON.numberNode(b.getLong());
            case UINT8 -> JSON.numberNode(b.get() & 0xff);
            case UINT16 -> JSON.numberNode(b.getShort() & 0xffff);
            case UINT32 -> JSON.numberNode(b.getInt() & 0xffffffffL);
            case UINT64 -> JSON.numberNode(new BigInteger(Long.toUnsignedString(b.getLong())));
            case FLOAT16 -> floatJson(Float16.toFloat(b.getShort()));
            case FLOAT32 -> floatJson(b.getFloat());
            case FLOAT64 -> floatJson(b.getDouble());
            case COMPLEX64 -> {
                ArrayNode a = JSON.arrayNode();
                a.add(floatJson(b.getFloat()));
                a.add(floatJson(b.getFloat()));
                yield a;
            }
            case COMPLEX128 -> {
                ArrayNode a = JSON.arrayNode();
                a.add(floatJson(b.getDouble()));
                a.add(floatJson(b.getDouble()));
                yield a;
            }
        };
    }

    /** Parses a command-line fill value ("0", "nan", "-inf", "true") into one element's bytes. */
    public static byte[] parseText(String text, DataType type) {
        String t = text.trim();
        JsonNode node;
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "nan" -> node = JSON.textNode("NaN");
            case "inf", "+inf", "infinity" -> node = JSON.textNode("Infinity");
            case "-inf", "-infinity" -> node = JSON.textNode("-Infinity");
            case "true" -> node = JSON.booleanNode(true);
            case "false" -> node = JSON.booleanNode(false);
            default -> {
                try {
                    BigDecimal d = new BigDecimal(t);
                    node = d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0 && type.isInteger()
                            ? JSON.numberNode(d.toBigIntegerExact()) : JSON.numberNode(d);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new MetadataException("fill value '" + text + "': expected a number, nan, inf or -inf");
                }
            }
        }
        if (type.isComplex()) {
            ArrayNode pair = JSON.arrayNode();
            pair.add(node);
            pair.add(0);
            node = pair;
        }
        return parse(node, type, "fill value");
    }

    private static JsonNode floatJson(double v) {
        if (Double.isNaN(v)) {
            return JSON.textNode("NaN");
        }
        if (Double.isInfinite(v)) {
            return JSON.textNode(v > 0 ? "Infinity" : "-Infinity");
        }
        return JSON.numberNode(v);
    }

    private static void putInteger(ByteBuffer b, DataType type, JsonNode node, String where) {
        BigInteger v;
        if (node.isIntegralNumber()) {
            v = node.bigIntegerValue();
        } else if (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0) {
            v = node.decimalValue().toBigIntegerExact();
        } else if (node.isBoolean()) {
            v = node.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        } else {
            throw bad(where, "an integer for " + type.v3Name(), node);
        }
        int bits = type.itemSize() * 8;
        BigInteger min = type.isSigned() ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = type.isSigned() ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : (bits == 64 ? UINT64_MAX : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new MetadataException(where + ": expected an integer in " + min + ".." + max + " for "
                    + type.v3Name() + ", found " + v);
        }
        long l = v.longValue();
        switch (type.itemSize()) {
            case 1 -> b.put((byte) l);
            case 2 -> b.putShort((short) l);
            case 4 -> b.putInt((int) l);
            default -> b.putLong(l);
        }
    }

    private static boolean isHex(JsonNode node) {
        return node != null && node.isTextual() && node.textValue().startsWith("0x");
    }

    private static long parseHex(JsonNode node, String where, int bits) {
        String hex = node.textValue().substring(2);
        if (hex.length() != bits / 4) {
            throw bad(where, "a hex bit pattern of " + bits / 4 + " digits", node);
        }
        try {
            return Long.parseUnsignedLong(hex, 16);
        } catch (NumberFormatException e) {
            throw bad(where, "a hex bit pattern", node);
        }
    }

    private static double parseFloat(JsonNode node, String where, int bits) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            switch (node.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    if (isHex(node)) {
                        long raw = parseHex(node, where, bits);
                        return bits == 16 ? Float16.toFloat((short) raw)
                                : bits == 32 ? Float.intBitsToFloat((int) raw) : Double.longBitsToDouble(raw);
                    }
            }
        }
        throw bad(where, "a number, \"NaN\", \"Infinity\" or \"-Infinity\"", node);
    }

    private static MetadataException bad(String where, String expected, JsonNode found) {
        return new MetadataException(where + ": expected " + expected + ", found " + found);
    }

    /** Fills {@code buffer} with copies of {@code element} (one element's bytes); a zero element leaves it as is. */
    public static void fill(byte[] buffer, byte[] element) {
        if (isZero(element) || buffer.length == 0) {
            return;
        }
        System.arraycopy(element, 0, buffer, 0, Math.min(element.length, buffer.length));
        for (int n = element.length; n < buffer.length; n *= 2) {
            System.arraycopy(buffer, 0, buffer, n, Math.min(n, buffer.length - n));
        }
    }

    /** True when every element of {@code buffer} has the bytes of {@code element} (e.g. a chunk of fill value only). */
    public static boolean isAll(byte[] buffer, byte[] element) {
        if (isZero(element)) {
            long acc = 0;
            for (byte b : buffer) {
                acc |= b;
            }
            return acc == 0;
        }
        int n = element.length;
        for (int i = 0; i + n <= buffer.length; i += n) {
            if (java.util.Arrays.mismatch(buffer, i, i + n, element, 0, n) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** True when all bytes are zero. */
    public static boolean isZero(byte[] bytes) {
        for (byte x : bytes) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
