package org.zarrij.ngff;

import com.fasterxml.jackson.databind.JsonNode;

/** What a parser needs besides the JSON: where findings go and which version the document is read as. */
record ParseContext(Issues issues, NgffVersion version) {

    /** Parses one JSON value at a pointer into a model object; null (after recording why) when it cannot. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(JsonNode node, String pointer, ParseContext ctx);
    }

    void error(Rule rule, String pointer, String message) {
        issues.add(rule, pointer, message);
    }
}
