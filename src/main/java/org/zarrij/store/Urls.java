package org.zarrij.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** URL helpers for the remote stores: keys as URL paths, and URLs safe to show in messages. */
final class Urls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Urls() {
    }

    /**
     * {@code uri} without what may hold secrets: the user info ({@code user:password@}) and the query (signed
     * URLs carry tokens there) are left out, so the result can go into error messages and logs.
     */
    static String redact(URI uri) {
        StringBuilder b = new StringBuilder();
        if (uri.getScheme() != null) {
            b.append(uri.getScheme()).append("://");
        }
        if (uri.getHost() != null) {
            b.append(uri.getHost());
        }
        if (uri.getPort() >= 0) {
            b.append(':').append(uri.getPort());
        }
        if (uri.getRawPath() != null) {
            b.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            b.append("?...");
        }
        return b.toString();
    }

    /** Percent-encodes each '/'-separated segment of a store key for a URL path (UTF-8, RFC 3986). */
    static String encodePath(String key) {
        StringBuilder b = new StringBuilder(key.length() + 8);
        for (byte x : key.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return b.toString();
    }
}
