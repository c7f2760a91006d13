package org.zarrij.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a 206 answer's {@code Content-Range: bytes a-b/total} against the range asked for, so that bytes
 * from anywhere else (a proxy's mistake, a changed object) are never taken for the requested ones.
 */
final class HttpContentRange {
    private static final Pattern BYTES = Pattern.compile("\\s*bytes\\s+(\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)\\s*");

    private HttpContentRange() {
    }

    /**
     * Null when {@code header} is the right answer to the request, else what is wrong.
     *
     * @param suffix    a suffix request ({@code bytes=-length}) rather than {@code bytes=offset-last}
     * @param last      the last byte asked for, or -1 for "to the end"
     * @param announced the Content-Length, or -1
     */
    static String check(String header, boolean suffix, long offset, long last, long length, long announced) {
        if (header == null) {
            return "partial content (206) without a Content-Range header (multipart answers are not supported)";
        }
        Matcher m = BYTES.matcher(header);
        if (!m.matches()) {
            return "unreadable Content-Range '" + header + "', expected 'bytes first-last/total'";
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
        long size = b - a + 1;
        if (b < a || total >= 0 && b >= total) {
            return "inconsistent Content-Range '" + header + "'";
        }
        if (size > ByteRange.MAX_ARRAY_LENGTH) {
            return "Content-Range '" + header + "' is longer than one array can hold";
        }
        if (announced >= 0 && announced != size) {
            return "Content-Length " + announced + " does not match Content-Range '" + header + "'";
        }
        if (suffix) {
            if (total < 0 || b != total - 1 || size != Math.min(length, total)) {
                return "Content-Range '" + header + "' is not the last " + length + " bytes";
            }
            return null;
        }
        boolean cutAtEnd = total >= 0 && b == total - 1;
        if (a != offset || last >= 0 && b > last || b != last && !cutAtEnd) {
            return "Content-Range '" + header + "' does not answer bytes=" + offset + "-" + (last < 0 ? "" : last);
        }
        return null;
    }

    /** The number of bytes in a Content-Range already accepted by {@link #check}. */
    static long length(String header) {
        Matcher m = BYTES.matcher(header);
        if (!m.matches()) {
            throw new IllegalArgumentException(header);
        }
        return Long.parseLong(m.group(2)) - Long.parseLong(m.group(1)) + 1;
    }
}
