package org.zarrij.ngff;

/** How bad a finding is: an error breaks a MUST of the specification, a warning a SHOULD. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
