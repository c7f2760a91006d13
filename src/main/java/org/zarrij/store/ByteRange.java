package org.zarrij.store;

import org.zarrij.StoreException;

/**
 * A byte range of a value of known size, cut at the end like an HTTP range. Shared by the stores so that
 * they all answer {@code getRange}/{@code getSuffix} alike.
 */
record ByteRange(long start, int length) {

    /** Values handed out as one Java array cannot be longer than this. */
    static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /** Rejects a negative offset or length before the store looks the key up. */
    static void checkRange(String key, long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new StoreException("invalid byte range for key '" + key + "': offset " + offset + ", length "
                    + length + " (expected both >= 0)");
        }
    }

    /** Rejects a negative suffix length before the store looks the key up. */
    static void checkSuffix(String key, long length) {
        if (length < 0) {
            throw new StoreException("invalid suffix length for key '" + key + "': " + length + " (expected >= 0)");
        }
    }

    /** {@code length} bytes from {@code offset}, cut to a value of {@code size} bytes. */
    static ByteRange of(String key, long offset, long length, long size) {
        checkRange(key, offset, length);
        long start = Math.min(offset, size);
        long end = length > size - start ? size : start + length;
        return new ByteRange(start, checkedLength(key, end - start));
    }

    /** The last {@code length} bytes of a value of {@code size} bytes (all of it when shorter). */
    static ByteRange suffix(String key, long length, long size) {
        checkSuffix(key, length);
        long n = Math.min(length, size);
        return new ByteRange(size - n, checkedLength(key, n));
    }

    /** The whole value of {@code size} bytes. */
    static ByteRange whole(String key, long size) {
        return new ByteRange(0, checkedLength(key, size));
    }

    static int checkedLength(String key, long length) {
        if (length > MAX_ARRAY_LENGTH) {
            throw new StoreException("value of key '" + key + "' is too large to read at once: " + length
                    + " bytes (at most " + MAX_ARRAY_LENGTH + " fit in one array; read it in ranges)");
        }
        return (int) length;
    }

    long end() {
        return start + length;
    }
}
