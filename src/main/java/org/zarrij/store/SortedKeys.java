package org.zarrij.store;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

/** Listing a folder of a sorted key set as one range of it, shared by the stores that keep keys sorted. */
final class SortedKeys {
    private SortedKeys() {
    }

    /** The keys of {@code keys} inside {@code folder} (already validated; "" is the root), in order. */
    static List<String> inFolder(NavigableSet<String> keys, String folder) {
        if (folder.isEmpty()) {
            return new ArrayList<>(keys);
        }
        // '0' follows '/' in code point order: [folder + "/", folder + "0") is exactly the folder's keys.
        return new ArrayList<>(keys.subSet(folder + "/", true, folder + "0", false));
    }
}
