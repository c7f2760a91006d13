package org.zarrij.ngff;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects findings while a document or hierarchy is checked. Every error and warning is counted, but only the
 * first {@link #MAX_KEPT} are kept, so a hostile document (a million wrong items) costs bounded memory.
 * Views for other files share the same collection.
 */
final class Issues {
    static final int MAX_KEPT = 1000;

    private final Shared shared;
    private final String file;
    private final String prefix;

    private static final class Shared {
        final List<Issue> kept = new ArrayList<>();
        long errors;
        long warnings;
    }

    Issues() {
        this(new Shared(), "", "");
    }

    private Issues(Shared shared, String file, String prefix) {
        this.shared = shared;
        this.file = file;
        this.prefix = prefix;
    }

    /** A view whose findings are in {@code file}, their pointers prefixed by {@code pointerPrefix}. */
    Issues in(String newFile, String pointerPrefix) {
        return new Issues(shared, newFile, pointerPrefix);
    }

    void add(Rule rule, String pointer, String message) {
        if (rule.severity() == Severity.ERROR) {
            shared.errors++;
        } else {
            shared.warnings++;
        }
        if (shared.kept.size() < MAX_KEPT) {
            shared.kept.add(new Issue(rule, file, prefix + pointer, message));
        }
    }

    long errorCount() {
        return shared.errors;
    }

    ValidationReport report(NgffVersion version) {
        return new ValidationReport(version, shared.kept, shared.errors, shared.warnings);
    }
}
