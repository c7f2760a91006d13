package org.zarrij.store;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A key-value store of byte strings: the only thing the Zarr engine knows about storage.
 *
 * <p>Keys are '/'-separated relative paths ({@code "a/b/zarr.json"}), validated by {@link StoreKeys}.
 * A missing key is an answer ({@link Optional#empty()}), never an exception. Failures raise
 * {@link org.zarrij.StoreException} naming the key.
 */
public interface Store extends AutoCloseable {

    /** The whole value of {@code key}, or empty when there is none. */
    Optional<byte[]> get(String key);

    /**
     * {@code length} bytes of {@code key} starting at {@code offset}, or empty when the key is missing.
     * A range that runs past the end of the value is cut at the end (like HTTP ranges).
     */
    Optional<byte[]> getRange(String key, long offset, long length);

    /** The last {@code length} bytes of {@code key} (all of it when shorter), or empty when missing. */
    Optional<byte[]> getSuffix(String key, long length);

    /** Stores {@code value} under {@code key}; readers see either the old or the new value, never a part. */
    void set(String key, byte[] value);

    /** Removes {@code key}; removing a missing key is not an error. */
    void delete(String key);

    /**
     * Every key under {@code prefix} (recursively), sorted; {@code ""} lists the whole store. The prefix is
     * a folder: {@code list("a")} returns {@code "a/b"} but neither {@code "ab/c"} nor a key {@code "a"} itself.
     */
    List<String> list(String prefix);

    /**
     * The sorted names of the immediate children of folder {@code prefix}: keys directly inside it and the
     * first segment of deeper keys ({@code "b"} for {@code "a/b/c"} below {@code "a"}), each once.
     * Stores that can list one folder cheaply (a file system) override this.
     */
    default List<String> listChildren(String prefix) {
        String folder = StoreKeys.validatePrefix(prefix);
        int start = folder.isEmpty() ? 0 : folder.length() + 1;
        TreeSet<String> names = new TreeSet<>();
        for (String key : list(folder)) {
            int slash = key.indexOf('/', start);
            names.add(slash < 0 ? key.substring(start) : key.substring(start, slash));
        }
        return List.copyOf(names);
    }

    /** True when {@code key} has a value. */
    boolean exists(String key);

    /** What this store can do, so callers can choose strategies (e.g. skip listing over HTTP). */
    StoreCapabilities capabilities();

    /**
     * How many requests this store serves well at once, or 0 for no preference (local storage: the engine's
     * default, about twice the cores). Remote stores answer more, since their requests mostly wait.
     */
    default int preferredConcurrency() {
        return 0;
    }

    /** A human-readable location (path or URI) used in error messages. */
    String describe();

    @Override
    default void close() {
    }
}
