package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;
import org.zarrij.MetadataException;
import org.zarrij.array.Json;
import org.zarrij.store.Store;

/**
 * Validates OME-NGFF 0.4 and 0.5 metadata, collecting every error (a MUST broken) and warning (a SHOULD), each
 * with its {@link Rule}, a JSON pointer and what was expected and found.
 */
public final class NgffValidator {
    /** Larger attributes documents are refused before they are parsed. */
    public static final int MAX_DOCUMENT_BYTES = 64 << 20;

    private NgffValidator() {
    }

    /**
     * Validates a bare attributes document: a 0.4 {@code .zattrs}, or the {@code attributes} of a 0.5 zarr.json.
     * Bytes that are not JSON (bad UTF-8, comments, trailing data) give one JSON-SYNTAX error with line and column.
     */
    public static ValidationReport validateAttributes(byte[] json) {
        Issues issues = new Issues();
        if (json.length > MAX_DOCUMENT_BYTES) {
            issues.add(Rule.DOCUMENT_SIZE, "", "expected at most " + MAX_DOCUMENT_BYTES + " bytes, found " + json.length);
            return issues.report(null);
        }
        JsonNode node;
        try {
            node = Json.parse(json, "document");
        } catch (MetadataException e) {
            String message = e.getMessage().startsWith("document: ") ? e.getMessage().substring(10) : e.getMessage();
            issues.add(Rule.JSON_SYNTAX, "", message);
            return issues.report(null);
        }
        return validateAttributes(node);
    }

    /** Validates a parsed attributes document. */
    public static ValidationReport validateAttributes(JsonNode attributes) {
        Issues issues = new Issues();
        NgffMetadata m = NgffMetadata.parse(attributes, issues);
        if (m != null) {
            DocumentValidator.check(m, issues, true);
        }
        return issues.report(m == null ? null : m.version());
    }

    /**
     * Validates the Zarr hierarchy at {@code path} of {@code store}: the OME-NGFF metadata of every group in it and
     * what that metadata says about the hierarchy (datasets, labels, wells, series). Storage errors are thrown.
     */
    public static ValidationReport validateHierarchy(Store store, String path) {
        return new HierarchyValidator(store, path).run();
    }
}
