package org.zarrij.ngff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zarrij.array.Json;

/**
 * One finding, like one entry of a pydantic ValidationError: which rule, where, and what was expected and found.
 *
 * @param file    the metadata file in the hierarchy ({@code "A/1/zarr.json"}), or {@code ""} for a bare document
 * @param pointer the JSON pointer into that document, {@code ""} for the whole document
 */
public record Issue(Rule rule, String file, String pointer, String message) {

    public Severity severity() {
        return rule.severity();
    }

    /** The pointer, prefixed by the file and '#' when there is one: {@code labels/zarr.json#/attributes/ome/labels/0}. */
    public String location() {
        if (file.isEmpty()) {
            return Pointer.display(pointer);
        }
        return pointer.isEmpty() ? file : file + "#" + pointer;
    }

    /** One line: {@code <location>: <message> (RULE-ID)}, with "warning: " before warnings' messages. */
    public String line() {
        return location() + ": " + (severity() == Severity.WARNING ? "warning: " : "") + message + " (" + rule.id() + ")";
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("severity", severity().label());
        o.put("rule", rule.id());
        if (!file.isEmpty()) {
            o.put("file", file);
        }
        o.put("pointer", pointer);
        o.put("message", message);
        return o;
    }
}
