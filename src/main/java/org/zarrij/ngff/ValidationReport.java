package org.zarrij.ngff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zarrij.array.Json;

/**
 * The outcome of validating a document or a hierarchy: all findings (errors and warnings, in the order found).
 * Valid means no errors; warnings do not make a document invalid.
 *
 * @param version      the OME-NGFF version the metadata was read as, or null when none could be told
 * @param issues       the findings kept (at most {@link Issues#MAX_KEPT})
 * @param errorCount   all errors found, kept or not
 * @param warningCount all warnings found, kept or not
 */
public record ValidationReport(NgffVersion version, List<Issue> issues, long errorCount, long warningCount) {

    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public boolean isValid() {
        return errorCount == 0;
    }

    public List<Issue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    public List<Issue> warnings() {
        return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
    }

    /** How many findings were counted but not kept. */
    public long omitted() {
        return errorCount + warningCount - issues.size();
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("valid", isValid());
        if (version == null) {
            o.putNull("version");
        } else {
            o.put("version", version.text());
        }
        o.put("error_count", errorCount);
        o.put("warning_count", warningCount);
        ArrayNode errors = o.putArray("errors");
        errors().forEach(i -> errors.add(i.toJson()));
        ArrayNode warnings = o.putArray("warnings");
        warnings().forEach(i -> warnings.add(i.toJson()));
        if (omitted() > 0) {
            o.put("omitted", omitted());
        }
        return o;
    }
}
