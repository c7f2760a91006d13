package org.zarrij.store;

import org.zarrij.StoreException;

/** Rules for store keys, shared by every store so that no key can escape a store's root. */
public final class StoreKeys {
    private StoreKeys() {
    }

    /**
     * Returns {@code key} when it is a safe relative key, else throws naming the key. Rejected: absolute
     * paths, backslashes, empty, {@code .} or {@code ..} segments, NUL characters and drive letters.
     * The empty key is allowed only as a prefix (see {@link #validatePrefix}).
     */
    public static String validate(String key) {
        if (key == null || key.isEmpty()) {
            throw new StoreException("invalid key '" + key + "': expected a non-empty relative path");
        }
        check(key);
        return key;
    }

    /** Like {@link #validate} but also accepts {@code ""} (the root) and a trailing '/'. */
    public static String validatePrefix(String prefix) {
        if (prefix == null) {
            throw new StoreException("invalid prefix 'null'");
        }
        String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        if (!p.isEmpty()) {
            check(p);
        }
        return p;
    }

    /** Joins path parts with '/', skipping empty parts. */
    public static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static void check(String key) {
        if (key.startsWith("/")) {
            throw new StoreException("invalid key '" + key + "': absolute paths are not allowed");
        }
        if (key.indexOf('\\') >= 0) {
            throw new StoreException("invalid key '" + key + "': backslashes are not allowed");
        }
        if (key.indexOf('\0') >= 0) {
            throw new StoreException("invalid key '" + key + "': NUL characters are not allowed");
        }
        if (key.length() >= 2 && key.charAt(1) == ':' && Character.isLetter(key.charAt(0))) {
            throw new StoreException("invalid key '" + key + "': drive letters are not allowed");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty()) {
                throw new StoreException("invalid key '" + key + "': empty path segment");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new StoreException("invalid key '" + key + "': '" + segment + "' segments are not allowed");
            }
        }
    }
}
