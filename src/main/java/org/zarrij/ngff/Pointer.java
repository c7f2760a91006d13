package org.zarrij.ngff;

/** JSON pointers (RFC 6901) as strings: {@code ""} is the whole document, {@code "/a/0"} a member's item. */
final class Pointer {
    private Pointer() {
    }

    static String child(String base, String key) {
        return base + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String index(String base, int index) {
        return base + "/" + index;
    }

    /** How a pointer reads in one-line messages: the document root has no characters, so it is named. */
    static String display(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer;
    }
}
