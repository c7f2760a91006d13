package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reading and writing JSON numbers without losing what kind they are: integers stay {@link Long}, numbers
 * written with a fraction or exponent stay {@link Double}, so a document written back shows {@code 1} where it
 * had {@code 1} and {@code 1.0} where it had {@code 1.0}. Huge values are refused without being expanded.
 */
final class JsonValues {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private JsonValues() {
    }

    /** The integer value of {@code n} (an integer literal, or a number with no fraction such as 2.0), else null. */
    static Long integer(JsonNode n) {
        if (n == null || !n.isNumber()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? n.longValue() : null;
        }
        BigDecimal d;
        if (n.isBigDecimal()) {
            d = n.decimalValue();
        } else if (n.isFloatingPointNumber()) {
            double v = n.doubleValue();
            if (!Double.isFinite(v) || v != Math.rint(v)) {
                return null;
            }
            d = BigDecimal.valueOf(v);
        } else {
            return null;
        }
        // Compare magnitudes before converting: 1e999999999 must not be expanded into a billion digits.
        if (d.signum() != 0 && (d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0)) {
            return null;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.longValueExact() : null;
    }

    /** A finite number as Long (integer literals in range) or Double, else null. */
    static Number finite(JsonNode n) {
        if (n == null || !n.isNumber()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            if (n.canConvertToLong()) {
                return n.longValue();
            }
            double v = n.doubleValue();
            return Double.isFinite(v) ? v : null;
        }
        double v = n.doubleValue();
        return Double.isFinite(v) ? v : null;
    }

    /** Why {@code n} is not an acceptable integer, as "found ..." text. */
    static String foundInteger(JsonNode n) {
        if (n != null && n.isNumber()) {
            boolean whole = n.isIntegralNumber() || (n.isBigDecimal() && n.decimalValue().stripTrailingZeros().scale() <= 0);
            return whole ? "the number " + abbreviate(n) + " (outside the 64-bit integer range)"
                    : "the number " + abbreviate(n) + " (not a whole number)";
        }
        return org.zarrij.array.Json.kind(n);
    }

    /** Why {@code n} is not an acceptable number, as "found ..." text. */
    static String foundNumber(JsonNode n) {
        if (n != null && n.isNumber()) {
            return "the number " + abbreviate(n) + " (not finite)";
        }
        return org.zarrij.array.Json.kind(n);
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** The JSON form of a model number: integers as integers, everything else as a floating-point number. */
    static JsonNode node(Number n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            long v = n.longValue();
            return v == (int) v ? f.numberNode((int) v) : f.numberNode(v);
        }
        if (n instanceof BigInteger b) {
            return f.numberNode(b);
        }
        if (n instanceof BigDecimal b) {
            return f.numberNode(b);
        }
        double d = n.doubleValue();
        // As the parser reads "0.5": a decimal node, so written and re-read trees compare equal in memory too.
        return Double.isFinite(d) ? f.numberNode(new BigDecimal(Double.toString(d))) : f.numberNode(d);
    }
}
