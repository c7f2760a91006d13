package org.zarrij.ngff;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Paths inside a Zarr hierarchy as OME-NGFF uses them: relative to a group, '/'-separated. Dataset, label,
 * series and well paths must stay inside their group; a label's source may climb with "..", but is never
 * followed outside the hierarchy being checked.
 */
final class RelativePath {
    private RelativePath() {
    }

    /** Null when {@code path} is a plain relative path below a group, else what is wrong with it. */
    static String problem(String path) {
        String p = climbingProblem(path);
        if (p != null) {
            return p;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return "an empty segment";
            }
            if (segment.equals(".") || segment.equals("..")) {
                return "a '" + segment + "' segment";
            }
        }
        return null;
    }

    /** Null when {@code path} is relative (it may contain ".." and a trailing '/'), else what is wrong with it. */
    static String climbingProblem(String path) {
        if (path.isEmpty()) {
            return "an empty path";
        }
        if (path.startsWith("/")) {
            return "an absolute path";
        }
        if (path.indexOf('\\') >= 0) {
            return "a backslash";
        }
        if (path.indexOf('\0') >= 0) {
            return "a NUL character";
        }
        if (path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))) {
            return "a drive letter";
        }
        if (path.contains("://")) {
            return "a URL";
        }
        return null;
    }

    /**
     * The store path {@code relative} names from the group at {@code base} ("" is the root), or null when it
     * climbs above the root of the hierarchy.
     */
    static String resolve(String base, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String s : base.split("/")) {
            if (!s.isEmpty()) {
                parts.addLast(s);
            }
        }
        for (String s : relative.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }
}
